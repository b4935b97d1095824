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
        var events = ctx.Projection ? new SweepEvents(index.Items.Length * 2) : null;
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
                    events.Add(s.Start, isReflected ? 3 : 1);
                    events.Add(s.End == Days.Open ? Days.Open : s.End + 1, isReflected ? -3 : -1);
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

    /// <summary>Sweeps the window entries (+) and exits (−) of qualifying experiences; a delta of ±3 is a reflected one, ±1 an unreflected one.</summary>
    private void Project(SweepEvents events, int a, int h, List<Span> result)
    {
        events.Sort();
        long q = 0, rr = 0;
        var i = 0;
        var n = events.Count;
        void Apply(int delta)
        {
            q += Math.Sign(delta);
            rr += delta / 3;
        }

        while (i < n && events.Days[i] <= a)
        {
            Apply(events.Deltas[i++]);
        }

        var from = a;
        while (from <= h)
        {
            var next = i < n ? events.Days[i] : Days.Open;
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
            while (i < n && events.Days[i] == next)
            {
                Apply(events.Deltas[i++]);
            }
        }

        SpanSet.Normalise(result);
    }

    /// <summary>Day-keyed deltas sorted as two int arrays (primitive keys sort fast and need no comparer).</summary>
    private sealed class SweepEvents(int capacity)
    {
        public int[] Days { get; private set; } = new int[Math.Max(4, capacity)];

        public int[] Deltas { get; private set; } = new int[Math.Max(4, capacity)];

        public int Count { get; private set; }

        public void Add(int day, int delta)
        {
            if (Count == Days.Length)
            {
                Days = [.. Days, .. new int[Count]];
                Deltas = [.. Deltas, .. new int[Count]];
            }

            Days[Count] = day;
            Deltas[Count++] = delta;
        }

        public void Sort() => Array.Sort(Days, Deltas, 0, Count);
    }
}
