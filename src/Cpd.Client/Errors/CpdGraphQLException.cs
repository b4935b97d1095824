namespace Cpd.Client.Errors;

/// <summary>The server answered a GraphQL response with errors (the document was invalid, or a field failed).</summary>
public class CpdGraphQLException : CpdException
{
    /// <summary>Creates the exception from the response's errors.</summary>
    /// <param name="errors">The errors, at least one.</param>
    public CpdGraphQLException(IReadOnlyList<CpdGraphQLError> errors)
        : this(CodeOf(errors), errors)
    {
    }

    /// <summary>Creates the exception with a code chosen by a derived type.</summary>
    /// <param name="code">The code.</param>
    /// <param name="errors">The errors, at least one.</param>
    protected CpdGraphQLException(string code, IReadOnlyList<CpdGraphQLError> errors)
        : base(code, MessageOf(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error of the response, in the server's order.</summary>
    public IReadOnlyList<CpdGraphQLError> Errors { get; }

    private static string CodeOf(IReadOnlyList<CpdGraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0 && errors[0].Code is { Length: > 0 } code ? code : CpdErrorCodes.GraphQLError;
    }

    private static string MessageOf(IReadOnlyList<CpdGraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A GraphQL exception needs at least one error.", nameof(errors));
        }

        return errors.Count == 1
            ? "The Cpd API answered an error: " + errors[0]
            : $"The Cpd API answered {errors.Count} errors; the first: {errors[0]}";
    }
}
