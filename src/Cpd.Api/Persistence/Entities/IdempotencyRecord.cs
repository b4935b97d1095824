using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>The first response to a request with an <c>Idempotency-Key</c>, per caller, replayed on retries.</summary>
public sealed class IdempotencyRecord
{
    public string Key { get; set; } = "";

    /// <summary>Who sent it (e.g. the API key's id or the JWT subject): the same key from two callers is two records.</summary>
    public string CallerKey { get; set; } = "";

    /// <summary>A hash of the request (method, path, body) so that a reused key with another payload is refused.</summary>
    public string RequestHash { get; set; } = "";

    public IdempotencyState State { get; set; }

    public int? StatusCode { get; set; }

    public byte[]? ResponseBody { get; set; }

    public string? ContentType { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant ExpiresAt { get; set; }
}
