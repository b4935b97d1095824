using System.Globalization;
using Cpd.Domain.Careers;
using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>
/// A period spent with a host organisation (secondment, shadowing, joint work). It crosses the sector, organisation and place
/// boundaries by the host's, and the profession boundary when a <see cref="ProfessionCode"/> practised there is recorded.
/// </summary>
public abstract record PlacementExperience : PeriodExperience
{
    private protected PlacementExperience(
        long id, long memberId, string title, Organisation hostOrganisation, string? professionCode, LocalDate start, LocalDate? end, decimal fte)
        : base(id, memberId, title, start, end, Normalise(fte))
    {
        HostOrganisation = hostOrganisation;
        ProfessionCode = professionCode;
    }

    /// <summary>Gets the host organisation.</summary>
    public Organisation HostOrganisation { get; }

    /// <summary>Gets the profession practised with the host, or <see langword="null"/> when it is not recorded (then the profession boundary is not crossed).</summary>
    public string? ProfessionCode { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> BoundaryValues(Boundary boundary) => boundary switch
    {
        Boundary.Sector => Values(HostOrganisation.SectorCode),
        Boundary.Organisation => Values(HostOrganisation.Id.ToString(CultureInfo.InvariantCulture)),
        Boundary.Profession => Values(ProfessionCode),
        Boundary.Place => Values(HostOrganisation.PlaceCode),
        _ => [],
    };

    private protected static ErrorList CheckPlacement(
        long id, long memberId, string title, Organisation hostOrganisation, string? professionCode, LocalDate start, LocalDate? end, decimal fte, CareerTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(hostOrganisation);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = CheckPeriod(id, memberId, title, start, end, fte);
        taxonomy.CheckProfession(professionCode, "professionCode", errors, required: false);
        return errors;
    }
}
