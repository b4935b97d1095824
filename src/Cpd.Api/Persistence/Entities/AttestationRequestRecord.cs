using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>A single-use, expiring attestation link issued to a named person; only the token's hash is stored.</summary>
public sealed class AttestationRequestRecord
{
    public long Id { get; set; }

    public long ExperienceId { get; set; }

    public ExperienceRecord? Experience { get; set; }

    public string AttestorName { get; set; } = "";

    public string AttestorEmail { get; set; } = "";

    /// <summary>SHA-256 of the link's token.</summary>
    public byte[] TokenHash { get; set; } = [];

    public Instant IssuedAt { get; set; }

    public Instant ExpiresAt { get; set; }

    public Instant? RedeemedAt { get; set; }

    public long? IssuedByKeyId { get; set; }
}
