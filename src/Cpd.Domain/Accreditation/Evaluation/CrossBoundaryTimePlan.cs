using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>FTE-days of qualifying period experience crossing the boundary: a capped rate timeline summed over the window, solved over the horizon.</summary>
internal sealed class CrossBoundaryTimePlan : LeafPlan
{
    private readonly CrossBoundaryTime _d;
    private readonly long _target;

    public CrossBoundaryTimePlan(CrossBoundaryTime d, string path)
        : base(d, path, MeasureUnit.FteDays, d.Window, d.Kinds is { Count: > 0 } ? d.Kinds : [ExperienceKind.Secondment, ExperienceKind.Shadowing, ExperienceKind.JointWork, ExperienceKind.Mentoring])
    {
        _d = d;
        _target = ToUnits(d.MinimumDays, CareerIndex.FteScale);
    }

    protected override string DefaultDescription =>
        $"{Wording.Number(_d.MinimumDays)} FTE-days of {Wording.Kinds(_d.Kinds, "period experience")} outside your home {Wording.Boundary(_d.Boundary)} ({Window})";

    public override RequirementResult Evaluate(EvaluationContext ctx)
    {
        var r = Start(ctx);
        var index = ctx.Index;
        var items = index.Items;
        int a = ctx.AsOf, ws = WindowStart(a), cap = ctx.Cap;
        var timeline = ctx.Timeline;
        timeline.Clear();
        for (var i = 0; i < items.Length; i++)
        {
            if (Qualifies(items[i]))
            {
                AddRuns(timeline, index, i, cap);
            }
        }

        timeline.Build(CareerIndex.FteScale);
        r.MeasuredRaw = timeline.Sum(ws, a);
        r.TargetRaw = _target;
        r.CurrentRateRaw = timeline.RateAt(a);
        CollectEvidence(ctx, r, ws);
        var met = r.MeasuredRaw >= _target;
        var projected = ctx.StartProjection();
        if (projected is not null)
        {
            timeline.Solve(Shift, _target, a, ctx.HorizonEnd, ctx.Ints, projected);
        }

        Finish(r, ctx, met, projected);
        return r;
    }

    public override string Explain(RequirementResult r)
    {
        var text = $"Needs {Wording.Number(_target, CareerIndex.FteScale)} FTE-days of {Wording.Kinds(_d.Kinds, "period experience")} outside your home {Wording.Boundary(_d.Boundary)} {Wording.Window(Window, r.AsOfDay)}"
            + Wording.Have(r, CareerIndex.FteScale);
        if (!r.IsMet && r.Spans is not null)
        {
            text += r.CurrentRateRaw > 0 && r.ProjectedDay >= 0
                ? $"; at your current {CurrentKind(r)} ({Wording.Number(r.CurrentRateRaw, CareerIndex.FteScale)} FTE) you reach it on {Wording.Date(r.ProjectedDay)}"
                : Wording.Reach(r, "with what you have planned");
        }

        foreach (var x in r.Excluded)
        {
            if (x.Reason == ExclusionReason.BelowVerificationLevel)
            {
                text += $"; experience {x.ExperienceId} is below {Level(_d.MinimumVerification)} and would add {Wording.Number(x.WouldAdd)}";
            }
        }

        var noHome = r.Excluded.Where(x => x.Reason == ExclusionReason.NoHomeThatDay).Sum(x => x.Days);
        if (noHome > 0)
        {
            text += $"; {noHome} days with no home employment cross no boundary";
        }

        return text + ".";
    }

    private static string Level(VerificationLevel level) => level == VerificationLevel.Verified ? "verified" : "attested";

    private string CurrentKind(RequirementResult r) => r.CurrentKind is { } k ? k.ToNoun() : Wording.Kinds(_d.Kinds, "experience");

    private bool Qualifies(in ExperienceEntry item) => Looks(item.Kind) && item.Level >= _d.MinimumVerification && item.FteUnits > 0;

    private void AddRuns(RateTimeline timeline, CareerIndex index, int i, int cap)
    {
        foreach (var s in index.CrossSpans(_d.Boundary, i))
        {
            if (s.Start <= cap)
            {
                timeline.AddRun(s.Start, Math.Min(s.End, cap), index.Items[i].FteUnits);
            }
        }
    }

    private void CollectEvidence(EvaluationContext ctx, RequirementResult r, int ws)
    {
        var index = ctx.Index;
        var items = index.Items;
        var a = ctx.AsOf;
        var collect = ctx.CollectExcluded;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (!Looks(item.Kind) || item.FteUnits == 0)
            {
                continue;
            }

            if (item.Start > a || item.End < ws)
            {
                if (collect)
                {
                    ctx.Excluded.Add(new ExcludedEvidence(item.Id, item.Start > a ? ExclusionReason.NotStarted : ExclusionReason.OutsideWindow, 0, 0));
                }

                continue;
            }

            var crosses = Overlaps(index.CrossSpans(_d.Boundary, i), ws, a, a);
            if (collect)
            {
                var gapDays = OverlapDays(index.NoHomeSpans(i), ws, a);
                if (gapDays > 0)
                {
                    ctx.Excluded.Add(new ExcludedEvidence(item.Id, ExclusionReason.NoHomeThatDay, 0, gapDays));
                }
                else if (!crosses)
                {
                    ctx.Excluded.Add(new ExcludedEvidence(item.Id, ExclusionReason.DoesNotCrossBoundary, 0, 0));
                }

                if (crosses && item.Level < _d.MinimumVerification)
                {
                    ctx.Excluded.Add(new ExcludedEvidence(item.Id, ExclusionReason.BelowVerificationLevel, WouldAdd(ctx.Extra, index, i, ws, a, r.MeasuredRaw), 0));
                }
            }

            if (!crosses || item.Level < _d.MinimumVerification)
            {
                continue;
            }

            ctx.Ids.Add(item.Id);
            if (item.End >= a && r.CurrentKind is null)
            {
                r.CurrentKind = item.Kind;
            }
        }

        r.EvidenceIds = ctx.TakeIds();
        r.ExcludedItems = ctx.TakeExcluded();
    }

    /// <summary>What counting experience <paramref name="extra"/> too would add (overlaps are not double counted, so it is a re-sum).</summary>
    private decimal WouldAdd(RateTimeline timeline, CareerIndex index, int extra, int ws, int asOf, long measured)
    {
        timeline.Clear();
        for (var i = 0; i < index.Items.Length; i++)
        {
            if (i == extra || Qualifies(index.Items[i]))
            {
                AddRuns(timeline, index, i, asOf);
            }
        }

        timeline.Build(CareerIndex.FteScale);
        return (decimal)(timeline.Sum(ws, asOf) - measured) / CareerIndex.FteScale;
    }
}
