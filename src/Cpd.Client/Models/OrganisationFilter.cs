namespace Cpd.Client.Models;

/// <summary>Which organisations to list; every criterion given must hold.</summary>
public sealed record OrganisationFilter
{
    /// <summary>Only organisations of this sector (its code).</summary>
    public string? SectorCode { get; init; }

    /// <summary>Only organisations in this place (its local area code).</summary>
    public string? PlaceCode { get; init; }

    /// <summary>Only organisations whose name contains this text.</summary>
    public string? NameContains { get; init; }
}
