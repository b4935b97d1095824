namespace Cpd.Client.Models;

/// <summary>
/// An employment to record for a member. An HR system records employment with its own organisation (the default) for
/// its employees, current or past; a member records its own at any organisation.
/// </summary>
/// <param name="MemberId">The member's global id.</param>
/// <param name="Role">The job title.</param>
/// <param name="ProfessionCode">The profession practised (its code, such as <c>social-work</c>).</param>
/// <param name="Start">The first day.</param>
public sealed record NewEmployment(string MemberId, string Role, string ProfessionCode, DateOnly Start)
{
    /// <summary>Full-time equivalent, above 0 and at most 1. Default 1.</summary>
    public decimal Fte { get; init; } = 1m;

    /// <summary>The last day (inclusive); <c>null</c> while it continues.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The employer's global id; <c>null</c> for the calling HR system's own organisation.</summary>
    public string? OrganisationId { get; init; }
}
