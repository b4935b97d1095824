using Cpd.GraphQL.Errors;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// Field errors for queries: throw one from a resolver and the field becomes <c>null</c> with an error carrying
/// <c>extensions.code</c> (its path and location are filled in by the executor). Mutations report rejections as
/// <see cref="UserError"/>s in their payload instead.
/// </summary>
/// <example><code>if (!policy.CanRead(member)) throw ApiError.Forbidden();</code></example>
public static class ApiError
{
    /// <summary>An error with a code.</summary>
    /// <param name="code">A code of <see cref="ApiErrorCodes"/>.</param>
    /// <param name="message">The message.</param>
    /// <returns>The exception to throw.</returns>
    public static GraphQLException Create(string code, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return new GraphQLException(new GraphQLError(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code }));
    }

    /// <summary>The caller may not see this (the field is <c>null</c>, coded <c>FORBIDDEN</c>).</summary>
    /// <param name="message">The message; by default a generic one that reveals nothing about the object.</param>
    /// <returns>The exception to throw.</returns>
    public static GraphQLException Forbidden(string message = "You are not allowed to see this.") => Create(ApiErrorCodes.Forbidden, message);

    /// <summary>The field needs an authenticated caller.</summary>
    /// <returns>The exception to throw.</returns>
    public static GraphQLException Unauthenticated() =>
        Create(ApiErrorCodes.Unauthenticated, "Authentication is required: send Authorization: Bearer <API key>.");

    /// <summary>Nothing exists with the id (the field is <c>null</c>, coded <c>NOT_FOUND</c>).</summary>
    /// <param name="typeName">The GraphQL type asked for.</param>
    /// <param name="id">The id as the client sent it.</param>
    /// <returns>The exception to throw.</returns>
    public static GraphQLException NotFound(string typeName, string id) => Create(ApiErrorCodes.NotFound, $"No {typeName} has the id \"{id}\".");
}
