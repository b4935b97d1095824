using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>
/// A mentoring relationship as <see cref="MentoringRole.Mentor"/> or <see cref="MentoringRole.Mentee"/> with a counterpart of a sector
/// (and optionally a profession). Period-like; its FTE is the time commitment. It crosses the sector and profession boundaries by the counterpart's.
/// </summary>
public sealed record Mentoring : PeriodExperience
{
    private Mentoring(long id, long memberId, string title, MentoringRole role, string counterpartName, string counterpartSectorCode, string? counterpartProfessionCode, LocalDate start, LocalDate? end, decimal fte)
        : base(id, memberId, title, start, end, Normalise(fte))
    {
        Role = role;
        CounterpartName = counterpartName;
        CounterpartSectorCode = counterpartSectorCode;
        CounterpartProfessionCode = counterpartProfessionCode;
    }

    /// <inheritdoc />
    public override ExperienceKind Kind => ExperienceKind.Mentoring;

    /// <summary>Gets the member's side of the relationship.</summary>
    public MentoringRole Role { get; }

    /// <summary>Gets the counterpart's name.</summary>
    public string CounterpartName { get; }

    /// <summary>Gets the counterpart's sector.</summary>
    public string CounterpartSectorCode { get; }

    /// <summary>Gets the counterpart's profession, if recorded.</summary>
    public string? CounterpartProfessionCode { get; }

    /// <summary>Creates a mentoring relationship.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The member's identifier.</param>
    /// <param name="title">A title.</param>
    /// <param name="role">Mentor or mentee.</param>
    /// <param name="counterpartName">The counterpart's name.</param>
    /// <param name="counterpartSectorCode">The counterpart's sector.</param>
    /// <param name="counterpartProfessionCode">The counterpart's profession, or <see langword="null"/>.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or <see langword="null"/> when ongoing.</param>
    /// <param name="fte">The time commitment as FTE, more than 0 and at most 1.</param>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>The experience or field errors.</returns>
    public static Result<Mentoring> Create(
        long id, long memberId, string title, MentoringRole role, string counterpartName, string counterpartSectorCode, string? counterpartProfessionCode,
        LocalDate start, LocalDate? end, decimal fte, CareerTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = CheckPeriod(id, memberId, title, start, end, fte);
        errors.AddIf(role is not (MentoringRole.Mentor or MentoringRole.Mentee), ExperienceErrors.UnknownValue, "role", "The role must be MENTOR or MENTEE.");
        errors.RequireText(counterpartName, "counterpartName", 200, CommonErrors.Required, CommonErrors.TooLong);
        taxonomy.CheckSector(counterpartSectorCode, "counterpartSectorCode", errors);
        taxonomy.CheckProfession(counterpartProfessionCode, "counterpartProfessionCode", errors, required: false);
        return errors.ToResult(() => new Mentoring(id, memberId, title.Trim(), role, counterpartName.Trim(), counterpartSectorCode, counterpartProfessionCode, start, end, fte));
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> BoundaryValues(Boundary boundary) => boundary switch
    {
        Boundary.Sector => Values(CounterpartSectorCode),
        Boundary.Profession => Values(CounterpartProfessionCode),
        _ => [],
    };
}
