namespace Cpd.Client.Models;

/// <summary>A secondment, shadowing or joint work to log: time spent with a host organisation.</summary>
/// <param name="Title">A short title.</param>
/// <param name="HostOrganisationId">The host organisation's global id.</param>
/// <param name="Start">The first day.</param>
/// <param name="Fte">Full-time equivalent spent on it, above 0 and at most 1.</param>
public sealed record NewHostedExperience(string Title, string HostOrganisationId, DateOnly Start, decimal Fte)
{
    /// <summary>The last day (inclusive); <c>null</c> while it continues.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The profession practised during it (its code), when not the member's own.</summary>
    public string? ProfessionCode { get; init; }
}
