using Cpd.Domain.Experiences;
using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>
/// Something a member did beyond home, every kind in one table. Period kinds have <see cref="Start"/>, an optional
/// <see cref="End"/> and <see cref="Fte"/>; event kinds have <c>Start = End = date</c> and <see cref="Hours"/>.
/// </summary>
public sealed class ExperienceRecord : IVersionedRecord
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public MemberRecord? Member { get; set; }

    public ExperienceKind Kind { get; set; }

    public string Title { get; set; } = "";

    public long? HostOrganisationId { get; set; }

    public OrganisationRecord? HostOrganisation { get; set; }

    /// <summary>The profession practised during the experience, when it differs from home's (shadowing, joint work).</summary>
    public long? ProfessionId { get; set; }

    public ProfessionRecord? Profession { get; set; }

    public MentoringRole? MentoringRole { get; set; }

    public PeerChallengeRole? PeerChallengeRole { get; set; }

    public string? CounterpartName { get; set; }

    public long? CounterpartSectorId { get; set; }

    public SectorRecord? CounterpartSector { get; set; }

    public long? CounterpartProfessionId { get; set; }

    public ProfessionRecord? CounterpartProfession { get; set; }

    public LocalDate Start { get; set; }

    public LocalDate? End { get; set; }

    public decimal? Fte { get; set; }

    public decimal? Hours { get; set; }

    /// <summary>Learning categories (learning events and CPD activities).</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Codes of the sectors involved (learning events).</summary>
    public List<string> SectorsInvolved { get; set; } = [];

    public Instant? WithdrawnAt { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant UpdatedAt { get; set; }

    public long Version { get; set; }

    public List<AttestationRecord> Attestations { get; set; } = [];

    public List<ReflectionRecord> Reflections { get; set; } = [];

    public List<AttestationRequestRecord> AttestationRequests { get; set; } = [];
}
