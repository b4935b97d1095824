using Cpd.Domain.Taxonomy;

namespace Cpd.Domain.Members;

/// <summary>A professional contact of a member, with a sector and optionally a profession; it feeds network diversity.</summary>
public sealed record Connection
{
    private Connection(long id, long memberId, string name, string sectorCode, string? professionCode)
    {
        Id = id;
        MemberId = memberId;
        Name = name;
        SectorCode = sectorCode;
        ProfessionCode = professionCode;
    }

    /// <summary>Gets the connection's identifier.</summary>
    public long Id { get; }

    /// <summary>Gets the member whose contact this is.</summary>
    public long MemberId { get; }

    /// <summary>Gets the contact's name.</summary>
    public string Name { get; }

    /// <summary>Gets the contact's sector code.</summary>
    public string SectorCode { get; }

    /// <summary>Gets the contact's profession code, if known.</summary>
    public string? ProfessionCode { get; }

    /// <summary>Creates a connection, checking the codes against the taxonomy.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The member's identifier.</param>
    /// <param name="name">The contact's name.</param>
    /// <param name="sectorCode">A known sector code.</param>
    /// <param name="professionCode">A known profession code, or <see langword="null"/>.</param>
    /// <param name="taxonomy">The taxonomy the codes must belong to.</param>
    /// <returns>The connection or field errors.</returns>
    public static Result<Connection> Create(long id, long memberId, string name, string sectorCode, string? professionCode, CareerTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(memberId <= 0, CommonErrors.InvalidId, "memberId", "The member id must be positive.");
        errors.RequireText(name, "name", Member.MaxDisplayNameLength, CommonErrors.Required, CommonErrors.TooLong);
        taxonomy.CheckSector(sectorCode, "sectorCode", errors);
        taxonomy.CheckProfession(professionCode, "professionCode", errors, required: false);
        return errors.ToResult(() => new Connection(id, memberId, name.Trim(), sectorCode, professionCode));
    }
}
