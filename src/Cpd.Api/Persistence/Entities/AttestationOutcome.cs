namespace Cpd.Api.Persistence.Entities;

/// <summary>What an attestor said about an experience (stored as <c>CONFIRMED</c> / <c>DISPUTED</c>).</summary>
public enum AttestationOutcome
{
    Confirmed = 1,

    Disputed = 2,
}
