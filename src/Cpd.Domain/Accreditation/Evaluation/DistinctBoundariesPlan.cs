using System.Runtime.InteropServices;
using Cpd.Domain.Accreditation.Rules;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>Distinct boundary values (other than home) experienced on at least so many days of the window; projected per value, then counted.</summary>
internal sealed class DistinctBoundariesPlan(DistinctBoundaries d, string path) : LeafPlan(d, path, MeasureUnit.Count, d.Window, d.Kinds)
{
    private readonly int _minimumDays = Math.Max(1, d.MinimumDaysEach);

    protected override bool ReportsExclusions => false;

    protected override string DefaultDescription => $"{d.Minimum} {Wording.Plural(d.Boundary)} other than home ({Window})";

    public override RequirementResult Evaluate(EvaluationContext ctx)
    {
        var r = Start(ctx);
        int a = ctx.AsOf, ws = WindowStart(a);
        var values = ctx.Index.Values(d.Boundary);
        ctx.EnsureMarks(ctx.Index.Items.Length);
        var counted = 0;
        var project = ctx.Projection;
        if (!project && _minimumDays == 1)
        {
            // Fast path: a value counts as soon as one span of a looked-at kind touches the window.
            for (var v = 0; v < values.Count; v++)
            {
                if (Touches(ctx, values, v, ws, a))
                {
                    counted++;
                    AddEvidence(ctx, values, v, ws, a);
                }
            }

            r.MeasuredRaw = counted;
            r.TargetRaw = d.Minimum;
            r.EvidenceIds = ctx.TakeMarkedIds();
            Finish(r, ctx, counted >= d.Minimum, null);
            return r;
        }

        var spans = ctx.SpanScratch;
        var counts = ctx.Counts;
        counts.Clear();
        for (var v = 0; v < values.Count; v++)
        {
            spans.Clear();
            var valueItems = values.Items(v);
            var valueSpans = values.Spans(v);
            for (var j = 0; j < valueItems.Length; j++)
            {
                if (Looks(ctx.Index.Items[valueItems[j]].Kind) && valueSpans[j].Start <= ctx.Cap)
                {
                    spans.Add(new Span(valueSpans[j].Start, Math.Min(valueSpans[j].End, ctx.Cap)));
                }
            }

            SpanSet.Normalise(spans);
            var days = 0;
            foreach (var s in spans)
            {
                days += s.OverlapLength(ws, a);
            }

            if (days >= _minimumDays)
            {
                counted++;
                AddEvidence(ctx, values, v, ws, a);
            }

            if (project && spans.Count > 0 && _minimumDays == 1)
            {
                // One day is enough: the value counts on every date whose window still holds one of its days.
                AddValueDates(spans, counts);
            }
            else if (project && spans.Count > 0)
            {
                var timeline = ctx.Timeline;
                timeline.Clear();
                foreach (var s in spans)
                {
                    timeline.AddRun(s.Start, s.End, 1);
                }

                timeline.Build(1);
                timeline.Solve(Shift, _minimumDays, a, ctx.HorizonEnd, ctx.Ints, ctx.SpanScratch2);
                counts.AddAll(CollectionsMarshal.AsSpan(ctx.SpanScratch2));
            }
        }

        r.MeasuredRaw = counted;
        r.TargetRaw = d.Minimum;
        r.EvidenceIds = ctx.TakeMarkedIds();
        var projected = ctx.StartProjection();
        if (projected is not null)
        {
            counts.AtLeast(d.Minimum, projected);
        }

        Finish(r, ctx, counted >= d.Minimum, projected);
        return r;
    }

    public override string Explain(RequirementResult r) =>
        $"Needs experience of {d.Minimum} {Wording.Plural(d.Boundary)} other than your home {Wording.Boundary(d.Boundary)}"
        + (_minimumDays > 1 ? $" for at least {_minimumDays} days each" : string.Empty)
        + $" {Wording.Window(Window, r.AsOfDay)}{Wording.Have(r, 1)}{Wording.Reach(r)}.";

    private void AddValueDates(List<Span> spans, CountSweep counts)
    {
        // The spans are normalised, and the mapped runs keep their order, so merging adjacent ones keeps the value counted once a day.
        var runStart = -1;
        var runEnd = -1;
        foreach (var s in spans)
        {
            var start = s.Start;
            var end = LastCounted(s.End);
            if (runStart >= 0 && start <= runEnd + 1)
            {
                runEnd = Math.Max(runEnd, end);
                continue;
            }

            if (runStart >= 0)
            {
                counts.Add(new Span(runStart, runEnd));
            }

            runStart = start;
            runEnd = end;
        }

        if (runStart >= 0)
        {
            counts.Add(new Span(runStart, runEnd));
        }
    }

    private bool Touches(EvaluationContext ctx, ValueTable values, int v, int ws, int a)
    {
        var items = values.Items(v);
        var spans = values.Spans(v);
        for (var j = 0; j < items.Length; j++)
        {
            if (spans[j].OverlapLength(ws, a) > 0 && Looks(ctx.Index.Items[items[j]].Kind))
            {
                return true;
            }
        }

        return false;
    }

    private void AddEvidence(EvaluationContext ctx, ValueTable values, int v, int ws, int a)
    {
        var items = values.Items(v);
        var spans = values.Spans(v);
        for (var j = 0; j < items.Length; j++)
        {
            var i = items[j];
            if (Looks(ctx.Index.Items[i].Kind) && spans[j].OverlapLength(ws, a) > 0)
            {
                ctx.Marks[i] = true;
            }
        }
    }
}
