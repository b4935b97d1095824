using Cpd.Domain.Accreditation.Rules;
using NodaTime;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// The outcome of one requirement node: status, measured value, target, unit and shortfall, the evidence that counted and what was
/// excluded, the projection (<see cref="ProjectedMetOn"/>, <see cref="MetDuring"/>), and a one-sentence <see cref="Explanation"/> built on demand.
/// </summary>
public sealed class RequirementResult
{
    private readonly NodePlan _plan;
    private string? _explanation;
    private IReadOnlyList<DateInterval>? _metDuring;
    private IReadOnlyList<PeriodHours>? _periodTotals;

    internal RequirementResult(NodePlan plan, EvaluationContext ctx)
    {
        _plan = plan;
        AsOfDay = ctx.AsOf;
        Index = ctx.Index;
    }

    /// <summary>Gets the requirement's id (for a composite without an id, its path such as <c>requirement.allOf[3]</c>).</summary>
    public string RequirementId => _plan.Id;

    /// <summary>Gets the requirement node evaluated.</summary>
    public Requirement Requirement => _plan.Definition;

    /// <summary>Gets the node kind, e.g. <c>crossBoundaryTime</c>.</summary>
    public string NodeName => _plan.Definition.NodeName;

    /// <summary>Gets the requirement's description (authored, or generated from its parameters).</summary>
    public string Description => _plan.Description;

    /// <summary>Gets whether it is met on the evaluation date.</summary>
    public RequirementStatus Status { get; internal set; }

    /// <summary>Gets a value indicating whether it is met on the evaluation date.</summary>
    public bool IsMet => Status == RequirementStatus.Met;

    /// <summary>Gets the unit of <see cref="Measured"/>, <see cref="Target"/> and <see cref="Shortfall"/>.</summary>
    public MeasureUnit Unit => _plan.Unit;

    /// <summary>Gets the measured value (for composites: the number of children met).</summary>
    public decimal Measured => (decimal)MeasuredRaw / _plan.Scale;

    /// <summary>Gets the target (for composites: the number of children that must be met).</summary>
    public decimal Target => (decimal)TargetRaw / _plan.Scale;

    /// <summary>Gets how much is missing, in the unit (0 when met).</summary>
    public decimal Shortfall => (decimal)ShortfallRaw / _plan.Scale;

    /// <summary>Gets the ids of the experiences that counted.</summary>
    public IReadOnlyList<long> Evidence => EvidenceIds;

    /// <summary>Gets the experiences that did not count, with why and what they would add.</summary>
    public IReadOnlyList<ExcludedEvidence> Excluded
    {
        get
        {
            if (ExcludedPending)
            {
                // Excluded evidence (and what it would add, a re-sum) is worked out only when someone asks, so that evaluation stays lean.
                ExcludedItems = _plan.ComputeExcluded(this);
                ExcludedPending = false;
            }

            return ExcludedItems;
        }
    }

    /// <summary>Gets the children of a composite (empty for leaves).</summary>
    public IReadOnlyList<RequirementResult> Children => ChildResults;

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate AsOf => Days.ToDate(AsOfDay);

    /// <summary>Gets the first day of the leaf's window (null for EVER windows and composites).</summary>
    public LocalDate? WindowStart => WindowStartDay < 0 ? null : Days.ToDate(WindowStartDay);

    /// <summary>Gets the first date on or after the evaluation date on which it is met, if projected and within the horizon.</summary>
    public LocalDate? ProjectedMetOn => ProjectedDay < 0 ? null : Days.ToDate(ProjectedDay);

    /// <summary>Gets the dates on which it is projected to hold within the horizon (null without projection).</summary>
    public IReadOnlyList<DateInterval>? MetDuring => Spans is null ? null : _metDuring ??= ToIntervals(Spans);

    /// <summary>Gets, for a learning-hours leaf with a minimum in each period, the hours of each period (newest first); otherwise empty.</summary>
    public IReadOnlyList<PeriodHours> PeriodTotals => _periodTotals ??= _plan.BuildPeriodTotals(this);

    /// <summary>Gets, for a learning-hours leaf with a cross-boundary share, the share measured (to four places); otherwise null.</summary>
    public decimal? CrossBoundaryShareMeasured => ShareRaw < 0 ? null : ShareRaw / 10_000m;

    /// <summary>Gets the combined FTE of qualifying experiences on the evaluation date (crossBoundaryTime), which the projection continues.</summary>
    public decimal CurrentFte => (decimal)CurrentRateRaw / CareerIndex.FteScale;

    /// <summary>Gets a one-sentence plain-English explanation, built on first use.</summary>
    public string Explanation => _explanation ??= _plan.Explain(this);

    internal int AsOfDay { get; }

    internal long MeasuredRaw { get; set; }

    internal long TargetRaw { get; set; }

    internal long ShortfallRaw { get; set; }

    internal long CurrentRateRaw { get; set; }

    internal int WindowStartDay { get; set; } = -1;

    internal int ProjectedDay { get; set; } = -1;

    internal Cpd.Domain.Experiences.ExperienceKind? CurrentKind { get; set; }

    internal long[] EvidenceIds { get; set; } = [];

    internal ExcludedEvidence[] ExcludedItems { get; set; } = [];

    internal RequirementResult[] ChildResults { get; set; } = [];

    internal Span[]? Spans { get; set; }

    internal CareerIndex Index { get; }

    internal int[]? PeriodBounds { get; set; }

    internal long[]? PeriodSums { get; set; }

    internal long ShareRaw { get; set; } = -1;

    internal bool ExcludedPending { get; set; } = true;

    /// <inheritdoc />
    public override string ToString() => $"{RequirementId}: {Status} — {Explanation}";

    private static DateInterval[] ToIntervals(Span[] spans)
    {
        var result = new DateInterval[spans.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            result[i] = new DateInterval(Days.ToDate(spans[i].Start), Days.ToDate(spans[i].End));
        }

        return result;
    }
}
