namespace Cpd.Api.Persistence.Entities;

/// <summary>Where a request with an <c>Idempotency-Key</c> is (stored as <c>IN_FLIGHT</c> / <c>COMPLETED</c>).</summary>
public enum IdempotencyState
{
    InFlight = 1,

    Completed = 2,
}
