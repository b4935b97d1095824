using Cpd.Domain.Accreditation;
using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>A member's application against one scheme version, with the eligibility report snapshotted (JSON).</summary>
public sealed class ApplicationRecord : IVersionedRecord
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public MemberRecord? Member { get; set; }

    public long SchemeVersionId { get; set; }

    public SchemeVersionRecord? SchemeVersion { get; set; }

    public LocalDate AppliedOn { get; set; }

    public string SnapshotJson { get; set; } = "";

    public ApplicationStatus Status { get; set; }

    public Instant? DecidedAt { get; set; }

    public long? DecidedByKeyId { get; set; }

    public string? Reason { get; set; }

    public long Version { get; set; }
}
