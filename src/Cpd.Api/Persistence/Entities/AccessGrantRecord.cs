using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>A member's consent for an accrediting body's assessors to read their record.</summary>
public sealed class AccessGrantRecord
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public MemberRecord? Member { get; set; }

    public long BodyId { get; set; }

    public AccreditingBodyRecord? Body { get; set; }

    public Instant GrantedAt { get; set; }

    public Instant? ExpiresAt { get; set; }

    public Instant? RevokedAt { get; set; }
}
