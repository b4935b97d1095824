namespace Cpd.Api.Persistence.Entities;

/// <summary>The HR identity of a member at one employer: (organisation, external id) → member.</summary>
public sealed class MemberExternalIdRecord
{
    public long OrganisationId { get; set; }

    public string ExternalId { get; set; } = "";

    public long MemberId { get; set; }

    public MemberRecord? Member { get; set; }

    public OrganisationRecord? Organisation { get; set; }
}
