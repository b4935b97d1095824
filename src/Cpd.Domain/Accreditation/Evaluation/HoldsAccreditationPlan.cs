using Cpd.Domain.Accreditation.Rules;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>Holding an award of another scheme without a break (renewals join up), for at least the minimum period.</summary>
internal sealed class HoldsAccreditationPlan(HoldsAccreditation d, string path) : LeafPlan(d, path, MeasureUnit.Days, null, null)
{
    private readonly PeriodShift? _minimum = d.MinimumPeriod is { } p ? new PeriodShift(p) : null;

    protected override bool ReportsExclusions => false;

    protected override string DefaultDescription => $"Holds {d.SchemeCode}" + (d.MinimumPeriod is { } p ? $" for at least {Wording.PeriodText(p)}" : string.Empty);

    public override RequirementResult Evaluate(EvaluationContext ctx)
    {
        var r = new RequirementResult(this, ctx);
        var a = ctx.AsOf;
        var runs = new List<Span>();
        foreach (var award in ctx.Index.Career.Awards)
        {
            if (string.Equals(award.SchemeCode, d.SchemeCode, StringComparison.Ordinal) && award.ExpiresOn > award.AwardedOn)
            {
                runs.Add(new Span(Days.Of(award.AwardedOn), Days.Of(award.ExpiresOn) - 1));
            }
        }

        SpanSet.Normalise(runs);
        var held = 0;
        foreach (var run in runs)
        {
            if (run.Start <= a && a <= run.End)
            {
                held = a - run.Start + 1;
            }
        }

        r.MeasuredRaw = held;
        r.TargetRaw = _minimum is { } m ? a - m.Minus(a) : 1;
        var spans = ctx.StartProjection();
        if (spans is not null)
        {
            foreach (var run in runs)
            {
                var from = _minimum is { } min ? min.FirstDayMinusAtLeast(run.Start - 1) : run.Start;
                if (from <= run.End)
                {
                    spans.Add(new Span(from, run.End));
                }
            }
        }

        Finish(r, ctx, held > 0 && held >= r.TargetRaw, spans);
        return r;
    }

    public override string Explain(RequirementResult r) =>
        $"Needs a current {d.SchemeCode} award" + (d.MinimumPeriod is { } p ? $" held for at least {Wording.PeriodText(p)}" : string.Empty)
        + (r.MeasuredRaw > 0 ? $"; you have held it for {r.MeasuredRaw} days" : "; you do not hold one")
        + (r.IsMet ? ", so this is met" : string.Empty) + Wording.Reach(r) + ".";
}
