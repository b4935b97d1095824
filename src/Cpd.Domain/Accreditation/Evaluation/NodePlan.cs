using System.Runtime.InteropServices;
using Cpd.Domain.Accreditation.Rules;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>A compiled requirement node: evaluates a career as of a date into a <see cref="RequirementResult"/>.</summary>
internal abstract class NodePlan(Requirement definition, string path, MeasureUnit unit)
{
    public Requirement Definition { get; } = definition;

    public string Id { get; } = definition.Id ?? path;

    public string Path { get; } = path;

    public MeasureUnit Unit { get; } = unit;

    public long Scale => Unit switch
    {
        MeasureUnit.FteDays => CareerIndex.FteScale,
        MeasureUnit.Hours => CareerIndex.HoursScale,
        MeasureUnit.Share => 10_000,
        _ => 1,
    };

    public string Description => Definition.Description ?? DefaultDescription;

    protected abstract string DefaultDescription { get; }

    public abstract RequirementResult Evaluate(EvaluationContext ctx);

    public abstract string Explain(RequirementResult result);

    /// <summary>Works out the excluded evidence of a result by evaluating again, collecting exclusions (see <see cref="RequirementResult.Excluded"/>).</summary>
    public ExcludedEvidence[] ComputeExcluded(RequirementResult result) =>
        ReportsExclusions ? Evaluate(EvaluationContext.ForExclusions(result.Index, result.AsOfDay)).ExcludedItems : [];

    /// <summary>Gets a value indicating whether the node ever reports excluded evidence (composites and some leaves never do).</summary>
    protected virtual bool ReportsExclusions => true;

    /// <summary>Builds the per-period learning hours of a result (learning-hours leaves only).</summary>
    public virtual IReadOnlyList<PeriodHours> BuildPeriodTotals(RequirementResult result) => [];

    /// <summary>
    /// Sets status, shortfall and the projection fields from a measured value against the target. <paramref name="spans"/> (the projected
    /// days, normalised; usually one of the context's scratch lists) is copied, clipped to the horizon, into the result's own array.
    /// </summary>
    protected static void Finish(RequirementResult r, EvaluationContext ctx, bool met, List<Span>? spans)
    {
        r.Status = met ? RequirementStatus.Met : RequirementStatus.NotMet;
        r.ShortfallRaw = met ? 0 : Math.Max(0, r.TargetRaw - r.MeasuredRaw);
        if (ctx.Projection && spans is not null)
        {
            r.Spans = SpanSet.Clip(CollectionsMarshal.AsSpan(spans), ctx.AsOf, ctx.HorizonEnd);
            r.ProjectedDay = met ? ctx.AsOf : SpanSet.FirstAtOrAfter(r.Spans, ctx.AsOf);
        }
        else if (met)
        {
            r.ProjectedDay = ctx.AsOf;
        }
    }

    protected static long ToUnits(decimal value, long scale) => (long)Math.Ceiling(value * scale);
}
