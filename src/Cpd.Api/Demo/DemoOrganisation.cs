namespace Cpd.Api.Demo;

/// <summary>An organisation of the demo dataset (fictional; the place codes are real ONS local authority district codes).</summary>
/// <param name="Key">The catalogue's name for it, used by <see cref="DemoJob.OrganisationKey"/> and work e-mail addresses.</param>
/// <param name="Name">Its name.</param>
/// <param name="SectorCode">Its sector (a default taxonomy code).</param>
/// <param name="PlaceCode">Its place, or null for a national body.</param>
public sealed record DemoOrganisation(string Key, string Name, string SectorCode, string? PlaceCode);
