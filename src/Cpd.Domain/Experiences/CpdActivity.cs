using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>Other learning (reading, courses, reflective practice): a date, hours and categories. It crosses no boundary.</summary>
public sealed record CpdActivity : LearningRecord
{
    private CpdActivity(long id, long memberId, string title, LocalDate date, decimal hours, IReadOnlyList<string> categories)
        : base(id, memberId, title, date, hours, categories)
    {
    }

    /// <inheritdoc />
    public override ExperienceKind Kind => ExperienceKind.CpdActivity;

    /// <summary>Creates a CPD activity.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The member's identifier.</param>
    /// <param name="title">A title.</param>
    /// <param name="date">The day.</param>
    /// <param name="hours">The hours, more than 0.</param>
    /// <param name="categories">Known learning category codes, primary first.</param>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>The experience or field errors.</returns>
    public static Result<CpdActivity> Create(long id, long memberId, string title, LocalDate date, decimal hours, IReadOnlyList<string> categories, CareerTaxonomy taxonomy) =>
        CheckLearning(id, memberId, title, hours, categories, taxonomy)
            .ToResult(() => new CpdActivity(id, memberId, title.Trim(), date, hours, [.. categories]));

    /// <inheritdoc />
    public override IReadOnlyList<string> BoundaryValues(Boundary boundary) => [];
}
