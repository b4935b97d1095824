using Microsoft.Extensions.Logging;

namespace Cpd.GraphQL.AspNetCore.Http;

/// <summary>The server's log entries: one per request, with no variable values.</summary>
internal static partial class GraphQLServerLog
{
    /// <summary>The category of the per-request entries (filter it to silence them).</summary>
    public const string RequestCategory = "Cpd.GraphQL.AspNetCore.Requests";

    [LoggerMessage(EventId = 1, EventName = "GraphQLRequest", Level = LogLevel.Information,
        Message = "GraphQL {HttpMethod} operation {OperationName} answered {StatusCode} in {ElapsedMilliseconds} ms with {ErrorCount} errors")]
    public static partial void Request(ILogger logger, string httpMethod, string? operationName, int statusCode, double elapsedMilliseconds, int errorCount);

    [LoggerMessage(EventId = 2, EventName = "GraphQLRequestFailed", Level = LogLevel.Error,
        Message = "GraphQL request failed unexpectedly")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3, EventName = "GraphQLResolverFailed", Level = LogLevel.Error,
        Message = "GraphQL resolver at {Path} failed unexpectedly; the client was told only that an unexpected error happened")]
    public static partial void ResolverFailed(ILogger logger, string path, Exception exception);
}
