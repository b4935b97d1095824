namespace Cpd.Client.Errors;

/// <summary>
/// The codes the client itself gives to failures that carry no code from the server (<see cref="CpdException.Code"/>).
/// Errors the server reports keep the server's <c>extensions.code</c> (such as <see cref="Forbidden"/>).
/// </summary>
public static class CpdErrorCodes
{
    /// <summary>The server answered GraphQL errors without a code.</summary>
    public const string GraphQLError = "GRAPHQL_ERROR";

    /// <summary>The caller may not see or do this (a GraphQL error coded <c>FORBIDDEN</c>, or HTTP 403).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The API key was missing, unknown or revoked (HTTP 401, or a GraphQL error coded <c>UNAUTHENTICATED</c>).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>No usable response: the connection failed or an attempt timed out, on every attempt.</summary>
    public const string NetworkError = "NETWORK_ERROR";

    /// <summary>The server answered an HTTP status that is not a GraphQL response, after any retries.</summary>
    public const string HttpError = "HTTP_ERROR";

    /// <summary>The server answered HTTP 422: this <c>Idempotency-Key</c> was already used with another request body.</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>The server answered something that is not a GraphQL response (not JSON, or neither <c>data</c> nor <c>errors</c>).</summary>
    public const string InvalidResponse = "INVALID_RESPONSE";
}
