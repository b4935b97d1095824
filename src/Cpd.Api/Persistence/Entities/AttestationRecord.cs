using Cpd.Domain.Experiences;
using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>Who confirmed or disputed an experience, when and how.</summary>
public sealed class AttestationRecord
{
    public long Id { get; set; }

    public long ExperienceId { get; set; }

    public ExperienceRecord? Experience { get; set; }

    public VerificationLevel Level { get; set; }

    public AttestationMethod Method { get; set; }

    public AttestationOutcome Outcome { get; set; }

    public string AttestorName { get; set; } = "";

    /// <summary>An email address or a staff reference that identifies the attestor.</summary>
    public string? AttestorReference { get; set; }

    public string? Comment { get; set; }

    public Instant At { get; set; }

    /// <summary>The API key that recorded it; null for an attestation through a link.</summary>
    public long? ActorKeyId { get; set; }
}
