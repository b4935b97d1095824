using Cpd.Domain.Taxonomy;

namespace Cpd.Domain.Careers;

/// <summary>An employer or host organisation: it has exactly one sector and optionally a place.</summary>
public sealed record Organisation
{
    private Organisation(long id, string name, string sectorCode, string? placeCode)
    {
        Id = id;
        Name = name;
        SectorCode = sectorCode;
        PlaceCode = placeCode;
    }

    /// <summary>Gets the organisation's identifier.</summary>
    public long Id { get; }

    /// <summary>Gets the organisation's name.</summary>
    public string Name { get; }

    /// <summary>Gets the organisation's sector code.</summary>
    public string SectorCode { get; }

    /// <summary>Gets the local area code where the organisation works, if it has one.</summary>
    public string? PlaceCode { get; }

    /// <summary>Creates an organisation.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="sectorCode">A known sector code.</param>
    /// <param name="placeCode">A place code such as <c>E07000113</c>, or <see langword="null"/>.</param>
    /// <param name="taxonomy">The taxonomy the sector must belong to.</param>
    /// <returns>The organisation or field errors.</returns>
    public static Result<Organisation> Create(long id, string name, string sectorCode, string? placeCode, CareerTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.RequireText(name, "name", 300, CommonErrors.Required, CommonErrors.TooLong);
        taxonomy.CheckSector(sectorCode, "sectorCode", errors);
        CareerTaxonomy.CheckPlace(placeCode, "placeCode", errors);
        return errors.ToResult(() => new Organisation(id, name.Trim(), sectorCode, placeCode));
    }
}
