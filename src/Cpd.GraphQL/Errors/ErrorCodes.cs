namespace Cpd.GraphQL.Errors;

/// <summary>
/// The stable codes the engine puts in an error's <c>extensions.code</c>. One registry for the
/// whole engine, so that codes stay unique (a test checks it).
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document did not parse.</summary>
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed validation against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable or argument value could not be coerced.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The requested operation name matched no operation, or none was given for several.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The caller may not see or do this.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The caller is not authenticated.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The request exceeded a configured limit (size, depth, tokens, complexity).</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>An unexpected failure inside a resolver or the engine.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
