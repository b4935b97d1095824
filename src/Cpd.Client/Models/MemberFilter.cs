namespace Cpd.Client.Models;

/// <summary>Which members to list; every criterion given must hold (judged on the employments the caller may see).</summary>
public sealed record MemberFilter
{
    /// <summary>Only members whose display name contains this text.</summary>
    public string? DisplayNameContains { get; init; }

    /// <summary>Only members employed by this organisation (its global id).</summary>
    public string? OrganisationId { get; init; }

    /// <summary>Only members employed in this sector (its code).</summary>
    public string? SectorCode { get; init; }
}
