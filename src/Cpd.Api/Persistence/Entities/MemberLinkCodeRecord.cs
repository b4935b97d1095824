using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>
/// A member's single-use, expiring consent to be linked to a new employer by its HR system (<c>createEmployerLinkCode</c>,
/// consumed by <c>syncWorkforce</c>); only the code's hash is stored.
/// </summary>
public sealed class MemberLinkCodeRecord
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    /// <summary>SHA-256 of the code's secret bytes.</summary>
    public byte[] CodeHash { get; set; } = [];

    public Instant CreatedAt { get; set; }

    public Instant ExpiresAt { get; set; }

    /// <summary>When an HR system used it, or when the member revoked it (then <see cref="UsedByOrganisationId"/> is null).</summary>
    public Instant? UsedAt { get; set; }

    public long? UsedByOrganisationId { get; set; }

    public OrganisationRecord? UsedByOrganisation { get; set; }
}
