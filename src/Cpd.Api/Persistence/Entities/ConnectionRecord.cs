using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>A professional contact of a member, with a sector and optionally a profession.</summary>
public sealed class ConnectionRecord
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public MemberRecord? Member { get; set; }

    public string Name { get; set; } = "";

    public long SectorId { get; set; }

    public SectorRecord? Sector { get; set; }

    public long? ProfessionId { get; set; }

    public ProfessionRecord? Profession { get; set; }

    public Instant CreatedAt { get; set; }
}
