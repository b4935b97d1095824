using Cpd.Domain.Accreditation.Rules;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>The share of cross-boundary experiences in the window with a reflection on what did not work; projected by a sweep over window entries and exits.</summary>
internal sealed class ReflectionCoveragePlan(ReflectionCoverage d, string path) : LeafPlan(d, path, MeasureUnit.Share, d.Window, null)
{
    private readonly long _share = ToUnits(d.MinimumShare, 10_000);

    protected override string DefaultDescription => $"Reflections on {Wording.Number(d.MinimumShare * 100)}% of cross-boundary experiences ({Window})";

    public override RequirementResult Evaluate(EvaluationContext ctx)
    {
        var r = Start(ctx);
        var index = ctx.Index;
        int a = ctx.AsOf, ws = WindowStart(a);
        long qualifying = 0, reflected = 0;
        var events = ctx.Projection ? ctx.Counts : null;
        events?.Clear();
        for (var i = 0; i < index.Items.Length; i++)
        {
            if (!index.Items[i].CrossesAny)
            {
                continue;
            }

            var spans = index.AnyCrossSpans(i);
            var isReflected = index.Items[i].IsReflected;
            if (Overlaps(spans, ws, a, a))
            {
                qualifying++;
                if (isReflected)
                {
                    reflected++;
                    ctx.Ids.Add(index.Items[i].Id);
                }
                else if (ctx.CollectExcluded)
                {
                    ctx.Excluded.Add(new ExcludedEvidence(index.Items[i].Id, ExclusionReason.NoReflection, 0, 0));
                }
            }

            if (events is not null)
            {
                var dates = ctx.SpanScratch;
                dates.Clear();
                AddCountedDates(spans, ctx.Cap, dates);
                foreach (var s in SpanSet.Normalise(dates))
                {
                    events.Add(s, isReflected ? 1 : 0);
                }
            }
        }

        r.MeasuredRaw = qualifying == 0 ? 0 : reflected * 10_000 / qualifying;
        r.TargetRaw = _share;
        r.EvidenceIds = ctx.TakeIds();
        r.ExcludedItems = ctx.TakeExcluded();
        var projected = ctx.StartProjection();
        if (events is not null && projected is not null)
        {
            Project(events, a, ctx.HorizonEnd, projected);
        }

        Finish(r, ctx, Holds(qualifying, reflected), projected);
        return r;
    }

    public override string Explain(RequirementResult r) =>
        $"Needs a reflection on what did not work for {Wording.Number(d.MinimumShare * 100)}% of your cross-boundary experiences {Wording.Window(Window, r.AsOfDay)}"
        + $"; you have reflected on {Wording.Number(r.MeasuredRaw / 100m)}%"
        + (r.Excluded.Count > 0 ? $" ({r.Excluded.Count} without one)" : string.Empty)
        + (r.IsMet ? ", so this is met" : string.Empty) + Wording.Reach(r) + ".";

    private bool Holds(long qualifying, long reflected) => qualifying > 0 && reflected * 10_000 >= _share * qualifying;

    /// <summary>Sweeps the window entries and exits of qualifying experiences (tagged 1 when reflected).</summary>
    private void Project(CountSweep sweep, int a, int h, List<Span> result)
    {
        var events = sweep.Sorted();
        long q = 0, rr = 0;
        var i = 0;
        var n = events.Length;
        while (i < n && CountSweep.DayOf(events[i]) <= a)
        {
            Apply(events[i++], ref q, ref rr);
        }

        var from = a;
        while (from <= h)
        {
            var next = i < n ? CountSweep.DayOf(events[i]) : Days.Open;
            var to = Math.Min(h, next - 1);
            if (Holds(q, rr) && to >= from)
            {
                result.Add(new Span(from, to));
            }

            if (i >= n)
            {
                break;
            }

            from = next;
            while (i < n && CountSweep.DayOf(events[i]) == next)
            {
                Apply(events[i++], ref q, ref rr);
            }
        }

        sweep.Clear();
        SpanSet.Normalise(result);
    }

    private static void Apply(int e, ref long qualifying, ref long reflected)
    {
        var delta = CountSweep.DeltaOf(e);
        qualifying += delta;
        reflected += CountSweep.TagOf(e) * delta;
    }
}
