using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>Member × organisation × role × profession × dates × FTE.</summary>
public sealed class EmploymentRecord : IVersionedRecord
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public MemberRecord? Member { get; set; }

    public long OrganisationId { get; set; }

    public OrganisationRecord? Organisation { get; set; }

    public string Role { get; set; } = "";

    public long ProfessionId { get; set; }

    public ProfessionRecord? Profession { get; set; }

    public LocalDate Start { get; set; }

    public LocalDate? End { get; set; }

    public decimal Fte { get; set; }

    /// <summary>The HR system's own reference for this employment, when it sent one.</summary>
    public string? ExternalRef { get; set; }

    public long Version { get; set; }
}
