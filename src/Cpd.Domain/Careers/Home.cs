using System.Globalization;
using Cpd.Domain.Experiences;
using NodaTime;

namespace Cpd.Domain.Careers;

/// <summary>
/// A member's home on a day: the employment active that day with the largest FTE (ties: earliest start, then lowest id).
/// Boundaries are crossed relative to home.
/// </summary>
/// <param name="Employment">The home employment.</param>
public sealed record Home(Employment Employment)
{
    private string? _organisationKey;

    /// <summary>Gets the home organisation's identifier.</summary>
    public long OrganisationId => Employment.Organisation.Id;

    /// <summary>Gets the home sector.</summary>
    public string SectorCode => Employment.Organisation.SectorCode;

    /// <summary>Gets the home profession.</summary>
    public string ProfessionCode => Employment.ProfessionCode;

    /// <summary>Gets the home place, if the home organisation has one.</summary>
    public string? PlaceCode => Employment.Organisation.PlaceCode;

    /// <summary>Returns home's value in a boundary dimension, in the form <see cref="Experience.BoundaryValues"/> uses.</summary>
    /// <param name="boundary">The dimension.</param>
    /// <returns>The sector code, organisation id, profession code or place code; <see langword="null"/> when home has no place.</returns>
    public string? ValueOf(Boundary boundary) => boundary switch
    {
        Boundary.Sector => SectorCode,
        Boundary.Organisation => _organisationKey ??= OrganisationId.ToString(CultureInfo.InvariantCulture),
        Boundary.Profession => ProfessionCode,
        Boundary.Place => PlaceCode,
        _ => null,
    };

    /// <summary>Resolves the home on <paramref name="date"/>.</summary>
    /// <param name="employments">The member's employments.</param>
    /// <param name="date">The day.</param>
    /// <returns>The home, or <see langword="null"/> when no employment is active that day.</returns>
    public static Home? On(IEnumerable<Employment> employments, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(employments);
        Employment? best = null;
        foreach (var e in employments)
        {
            if (e.IsActiveOn(date) && (best is null || e.IsPreferredHomeOver(best)))
            {
                best = e;
            }
        }

        return best is null ? null : new Home(best);
    }
}
