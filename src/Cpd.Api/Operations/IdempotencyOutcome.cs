namespace Cpd.Api.Operations;

/// <summary>What <see cref="IdempotencyStore.BeginAsync"/> found for a key.</summary>
public enum IdempotencyOutcome
{
    /// <summary>The key is new (or its last use expired or was abandoned): this request runs and its response is kept.</summary>
    Started,

    /// <summary>The same request finished before: replay its response.</summary>
    Replay,

    /// <summary>The same key is held by a request still running: 409.</summary>
    InFlight,

    /// <summary>The key was used with another request: 422.</summary>
    Mismatch,
}
