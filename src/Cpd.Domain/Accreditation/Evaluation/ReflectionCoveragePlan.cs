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
        List<(int Day, int Q, int R)>? events = ctx.Projection ? new(index.Items.Length * 2) : null;
        for (var i = 0; i < index.Items.Length; i++)
        {
            var spans = index.AnyCrossSpans(i);
            if (spans.Length == 0)
            {
                continue;
            }

            var isReflected = index.Reflected[i];
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
                    events.Add((s.Start, 1, isReflected ? 1 : 0));
                    events.Add((s.End == Days.Open ? Days.Open : s.End + 1, -1, isReflected ? -1 : 0));
                }
            }
        }

        r.MeasuredRaw = qualifying == 0 ? 0 : reflected * 10_000 / qualifying;
        r.TargetRaw = _share;
        r.EvidenceIds = ctx.TakeIds();
        r.ExcludedItems = ctx.TakeExcluded();
        Finish(r, ctx, Holds(qualifying, reflected), events is null ? null : Project(events, a, ctx.HorizonEnd));
        return r;
    }

    public override string Explain(RequirementResult r) =>
        $"Needs a reflection on what did not work for {Wording.Number(d.MinimumShare * 100)}% of your cross-boundary experiences {Wording.Window(Window, r.AsOfDay)}"
        + $"; you have reflected on {Wording.Number(r.MeasuredRaw / 100m)}%"
        + (r.Excluded.Count > 0 ? $" ({r.Excluded.Count} without one)" : string.Empty)
        + (r.IsMet ? ", so this is met" : string.Empty) + Wording.Reach(r) + ".";

    private bool Holds(long qualifying, long reflected) => qualifying > 0 && reflected * 10_000 >= _share * qualifying;

    private List<Span> Project(List<(int Day, int Q, int R)> events, int a, int h)
    {
        events.Sort(static (x, y) => x.Day.CompareTo(y.Day));
        var result = new List<Span>();
        long q = 0, rr = 0;
        var i = 0;
        while (i < events.Count && events[i].Day <= a)
        {
            q += events[i].Q;
            rr += events[i].R;
            i++;
        }

        var from = a;
        while (from <= h)
        {
            var next = i < events.Count ? events[i].Day : Days.Open;
            var to = Math.Min(h, next - 1);
            if (Holds(q, rr) && to >= from)
            {
                result.Add(new Span(from, to));
            }

            if (i >= events.Count)
            {
                break;
            }

            from = next;
            while (i < events.Count && events[i].Day == next)
            {
                q += events[i].Q;
                rr += events[i].R;
                i++;
            }
        }

        return SpanSet.Normalise(result);
    }
}
