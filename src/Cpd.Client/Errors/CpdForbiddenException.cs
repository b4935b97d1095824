namespace Cpd.Client.Errors;

/// <summary>The caller may not read or do this: a GraphQL error coded <c>FORBIDDEN</c>, or HTTP 403.</summary>
public sealed class CpdForbiddenException : CpdGraphQLException
{
    /// <summary>Creates the exception from the response's errors.</summary>
    /// <param name="errors">The errors, at least one of them coded <c>FORBIDDEN</c>.</param>
    public CpdForbiddenException(IReadOnlyList<CpdGraphQLError> errors)
        : base(CpdErrorCodes.Forbidden, errors)
    {
    }
}
