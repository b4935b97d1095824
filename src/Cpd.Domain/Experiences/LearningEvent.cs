using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>A cross-sector learning event: a date, hours, categories and the sectors involved; it crosses the sector boundary when an involved sector differs from home.</summary>
public sealed record LearningEvent : LearningRecord
{
    private LearningEvent(long id, long memberId, string title, LocalDate date, decimal hours, IReadOnlyList<string> categories, IReadOnlyList<string> sectorsInvolved)
        : base(id, memberId, title, date, hours, categories)
    {
        SectorsInvolved = sectorsInvolved;
    }

    /// <inheritdoc />
    public override ExperienceKind Kind => ExperienceKind.LearningEvent;

    /// <summary>Gets the sector codes of the participants.</summary>
    public IReadOnlyList<string> SectorsInvolved { get; }

    /// <summary>Creates a learning event.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The member's identifier.</param>
    /// <param name="title">A title.</param>
    /// <param name="date">The day.</param>
    /// <param name="hours">The hours, more than 0.</param>
    /// <param name="categories">Known learning category codes, primary first.</param>
    /// <param name="sectorsInvolved">Known sector codes of the participants.</param>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>The experience or field errors.</returns>
    public static Result<LearningEvent> Create(
        long id, long memberId, string title, LocalDate date, decimal hours, IReadOnlyList<string> categories, IReadOnlyList<string> sectorsInvolved, CareerTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(sectorsInvolved);
        var errors = CheckLearning(id, memberId, title, hours, categories, taxonomy);
        CheckCodes(sectorsInvolved, "sectorsInvolved", errors, taxonomy.IsSector, TaxonomyErrors.UnknownSector, "sector");
        return errors.ToResult(() => new LearningEvent(id, memberId, title.Trim(), date, hours, [.. categories], [.. sectorsInvolved]));
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> BoundaryValues(Boundary boundary) => boundary == Boundary.Sector ? SectorsInvolved : [];
}
