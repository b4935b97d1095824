namespace Cpd.Api.Operations;

/// <summary>The codes of HTTP-level refusals made by the API's operational middleware (one registry; a test checks they are unique).</summary>
public static class OperationsErrorCodes
{
    /// <summary>The <c>Idempotency-Key</c> header is empty, too long or not printable ASCII (400).</summary>
    public const string IdempotencyKeyInvalid = "IDEMPOTENCY_KEY_INVALID";

    /// <summary>A request with the same key is still being processed (409); retry later.</summary>
    public const string IdempotencyKeyInFlight = "IDEMPOTENCY_KEY_IN_FLIGHT";

    /// <summary>The key was used before with another request body (422).</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
}
