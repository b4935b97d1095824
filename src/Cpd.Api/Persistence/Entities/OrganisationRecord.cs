using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>An employer or host: one sector, optionally a place.</summary>
public sealed class OrganisationRecord
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public long SectorId { get; set; }

    public SectorRecord? Sector { get; set; }

    public string? PlaceCode { get; set; }

    public Instant CreatedAt { get; set; }
}
