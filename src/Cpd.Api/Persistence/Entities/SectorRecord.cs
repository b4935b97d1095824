namespace Cpd.Api.Persistence.Entities;

/// <summary>A field of public service, e.g. <c>health</c>.</summary>
public sealed class SectorRecord
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}
