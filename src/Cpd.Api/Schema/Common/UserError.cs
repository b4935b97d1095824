using Cpd.Domain;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// A rejection of a mutation's input that the client can act on: a stable <see cref="Code"/> (the domain's or
/// <see cref="ApiErrorCodes"/>), a sentence, and the path of the offending input field (see <see cref="FieldPath"/>), or
/// <see langword="null"/> when the input as a whole is at fault.
/// </summary>
/// <param name="Code">The stable code.</param>
/// <param name="Message">A sentence a user can act on.</param>
/// <param name="Field">The path of the offending field, starting with <c>input</c>.</param>
[GraphQLDescription("Why a mutation's input was rejected; nothing was written.")]
public sealed record UserError(
    [property: GraphQLDescription("A stable machine-readable code, such as REQUIRED, UNKNOWN_SECTOR or FORBIDDEN.")] string Code,
    [property: GraphQLDescription("A sentence a person can act on.")] string Message,
    [property: GraphQLDescription("The path of the offending input field from the mutation's argument, e.g. [\"input\", \"requirement\", \"allOf\", \"2\", \"minimumDays\"]; null when the input as a whole is at fault.")] IReadOnlyList<string>? Field = null)
{
    /// <summary>The user error for a domain rejection, its field path placed under the mutation's <c>input</c>.</summary>
    /// <param name="error">The domain's error.</param>
    /// <returns>The user error.</returns>
    public static UserError From(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new UserError(error.Code, error.Message, FieldPath.Split(error.Field));
    }

    /// <summary>The user errors for a domain rejection.</summary>
    /// <param name="errors">The domain's errors.</param>
    /// <returns>The user errors, in order.</returns>
    public static IReadOnlyList<UserError> From(IEnumerable<DomainError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return [.. errors.Select(From)];
    }

    /// <summary>A user error at a field of the input given as a dotted path.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="field">The dotted path within the input, e.g. <c>sectorCode</c>.</param>
    /// <param name="message">The sentence.</param>
    /// <returns>The user error.</returns>
    public static UserError At(string code, string field, string message) => new(code, message, FieldPath.Split(field));
}
