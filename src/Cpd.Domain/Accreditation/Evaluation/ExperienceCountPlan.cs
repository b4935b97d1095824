using System.Runtime.InteropServices;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>Experiences of the kinds (categories, boundary, verification) in the window; projected per experience, then counted.</summary>
internal sealed class ExperienceCountPlan(ExperienceCount d, string path) : LeafPlan(d, path, MeasureUnit.Count, d.Window, d.Kinds)
{
    protected override string DefaultDescription =>
        $"{d.Minimum} {Wording.Kinds(d.Kinds, "experience")}{Crossing} ({Window})";

    private string Crossing => d.Boundary is { } b ? $" crossing your home {Wording.Boundary(b)}" : string.Empty;

    public override RequirementResult Evaluate(EvaluationContext ctx)
    {
        var r = Start(ctx);
        var index = ctx.Index;
        int a = ctx.AsOf, ws = WindowStart(a), cap = ctx.Cap;
        var project = ctx.Projection;
        ctx.Counts.Clear();
        var count = 0;
        for (var i = 0; i < index.Items.Length; i++)
        {
            ref readonly var item = ref index.Items[i];
            if (!Looks(item.Kind) || !InCategory(index, i))
            {
                continue;
            }

            var active = new Span(item.Start, item.End);
            var spans = new ReadOnlySpan<Span>(in active);
            if (d.Boundary is { } b)
            {
                spans = index.CrossSpans(b, i);
            }

            var inWindow = Overlaps(spans, ws, a, a);
            if (item.Level < d.MinimumVerification)
            {
                if (inWindow && ctx.CollectExcluded)
                {
                    ctx.Excluded.Add(new ExcludedEvidence(item.Id, ExclusionReason.BelowVerificationLevel, 1, 0));
                }

                continue;
            }

            if (inWindow)
            {
                count++;
                ctx.Ids.Add(item.Id);
            }
            else if (ctx.CollectExcluded)
            {
                ctx.Excluded.Add(new ExcludedEvidence(item.Id, Why(index, i, ws, a), 0, 0));
            }

            if (project)
            {
                var dates = ctx.SpanScratch;
                dates.Clear();
                AddCountedDates(spans, cap, dates);
                ctx.Counts.AddAll(CollectionsMarshal.AsSpan(SpanSet.Normalise(dates)));
            }
        }

        r.MeasuredRaw = count;
        r.TargetRaw = d.Minimum;
        r.EvidenceIds = ctx.TakeIds();
        r.ExcludedItems = ctx.TakeExcluded();
        var projected = ctx.StartProjection();
        if (projected is not null)
        {
            ctx.Counts.AtLeast(d.Minimum, projected);
        }

        Finish(r, ctx, count >= d.Minimum, projected);
        return r;
    }

    public override string Explain(RequirementResult r) =>
        $"Needs {d.Minimum} {Wording.Kinds(d.Kinds, "experience")}{Categories}{Crossing} {Wording.Window(Window, r.AsOfDay)}{Wording.Have(r, 1)}{Wording.Reach(r)}.";

    private string Categories => d.Categories is { Count: > 0 } c ? $" ({Wording.List(c)})" : string.Empty;

    private static ExclusionReason Why(CareerIndex index, int i, int ws, int a)
    {
        var item = index.Items[i];
        if (item.Start > a)
        {
            return ExclusionReason.NotStarted;
        }

        if (item.End < ws)
        {
            return ExclusionReason.OutsideWindow;
        }

        return OverlapDays(index.NoHomeSpans(i), ws, a) > 0 ? ExclusionReason.NoHomeThatDay : ExclusionReason.DoesNotCrossBoundary;
    }

    private bool InCategory(CareerIndex index, int i)
    {
        if (d.Categories is not { Count: > 0 } wanted || index.Categories[i] is not { } categories)
        {
            return true;
        }

        foreach (var c in categories)
        {
            foreach (var w in wanted)
            {
                if (string.Equals(c, w, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
