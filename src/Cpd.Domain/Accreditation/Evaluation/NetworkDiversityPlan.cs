using Cpd.Domain.Accreditation.Rules;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>Distinct connection sectors other than the home sector of the day; the projection follows home changes.</summary>
internal sealed class NetworkDiversityPlan(NetworkDiversity d, string path) : LeafPlan(d, path, MeasureUnit.Count, null, null)
{
    protected override bool ReportsExclusions => false;

    protected override string DefaultDescription => $"Connections in {d.MinimumSectors} sectors other than home";

    public override RequirementResult Evaluate(EvaluationContext ctx)
    {
        var r = new RequirementResult(this, ctx);
        var a = ctx.AsOf;
        r.MeasuredRaw = CountOn(ctx.Index, a);
        r.TargetRaw = d.MinimumSectors;
        var spans = ctx.StartProjection();
        if (spans is not null)
        {
            var points = ctx.Ints;
            points.Clear();
            points.Add(a);
            foreach (var h in ctx.Index.Homes)
            {
                if (h.Start > a && h.Start <= ctx.HorizonEnd)
                {
                    points.Add(h.Start);
                }

                if (h.End < ctx.HorizonEnd && h.End + 1 > a)
                {
                    points.Add(h.End + 1);
                }
            }

            points.Sort();
            for (var i = 0; i < points.Count; i++)
            {
                var end = i + 1 < points.Count ? points[i + 1] - 1 : ctx.HorizonEnd;
                if (end >= points[i] && CountOn(ctx.Index, points[i]) >= d.MinimumSectors)
                {
                    spans.Add(new Span(points[i], end));
                }
            }

            SpanSet.Normalise(spans);
        }

        Finish(r, ctx, r.MeasuredRaw >= d.MinimumSectors, spans);
        return r;
    }

    public override string Explain(RequirementResult r) =>
        $"Needs connections in {d.MinimumSectors} sectors other than your home sector on {Wording.Date(r.AsOfDay)}{Wording.Have(r, 1)}{Wording.Reach(r)}.";

    private static int CountOn(CareerIndex index, int day)
    {
        var h = index.HomeIndexAt(day);
        return h < 0 ? index.ConnectionSectors.Length : index.Homes[h].ConnectionSectorsAway;
    }
}
