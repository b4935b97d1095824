using System.Net;

namespace Cpd.Client;

/// <summary>What made the client retry, reported to <see cref="CpdClientOptions.OnRetry"/> before it waits.</summary>
/// <param name="OperationName">The GraphQL operation being retried (<c>null</c> for an anonymous document).</param>
/// <param name="AttemptNumber">The attempt that failed, starting at 1.</param>
/// <param name="Delay">How long the client waits before the next attempt.</param>
/// <param name="StatusCode">The HTTP status of the failed attempt, when it got a response.</param>
/// <param name="Exception">The failure of the attempt, when it got no response (network error, timeout).</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> every attempt of a mutation carries; <c>null</c> for a query.</param>
public sealed record CpdRetryAttempt(
    string? OperationName,
    int AttemptNumber,
    TimeSpan Delay,
    HttpStatusCode? StatusCode,
    Exception? Exception,
    string? IdempotencyKey);
