using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Cpd.Api.Operations;

/// <summary>
/// Answers an HTTP request that is refused before GraphQL runs (bad credentials, a reused idempotency key) with the
/// same body shape GraphQL errors have, <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>, so that clients
/// read every refusal one way.
/// </summary>
public static class GraphQLErrorResponse
{
    /// <summary>Writes the status and a one-error body.</summary>
    public static async Task WriteAsync(HttpContext context, int statusCode, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        var error = new GraphQLError(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        await ExecutionResult.FromRequestErrors([error]).WriteToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
