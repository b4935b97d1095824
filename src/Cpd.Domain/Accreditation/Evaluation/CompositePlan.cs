using System.Runtime.InteropServices;
using Cpd.Domain.Accreditation.Rules;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>allOf / anyOf / atLeast: combines the children's statuses, and their projected day sets by intersection, union or count.</summary>
internal sealed class CompositePlan(CompositeRequirement definition, string path, NodePlan[] children) : NodePlan(definition, path, MeasureUnit.Count)
{
    private readonly int _needed = definition switch
    {
        AllOf => children.Length,
        AtLeast a => a.Count,
        _ => 1,
    };

    protected override bool ReportsExclusions => false;

    protected override string DefaultDescription => Definition switch
    {
        AllOf => $"All of {children.Length} requirements",
        AtLeast => $"At least {_needed} of {children.Length} requirements",
        _ => $"Any of {children.Length} requirements",
    };

    public override RequirementResult Evaluate(EvaluationContext ctx)
    {
        var r = new RequirementResult(this, ctx);
        var results = new RequirementResult[children.Length];
        var met = 0;
        for (var i = 0; i < children.Length; i++)
        {
            results[i] = children[i].Evaluate(ctx);
            if (results[i].IsMet)
            {
                met++;
            }
        }

        r.ChildResults = results;
        r.MeasuredRaw = met;
        r.TargetRaw = _needed;
        List<Span>? spans = null;
        if (ctx.Projection)
        {
            spans = Combine(results, ctx);
        }

        Finish(r, ctx, met >= _needed, spans);
        return r;
    }

    public override string Explain(RequirementResult result)
    {
        var missing = new List<string>();
        foreach (var c in result.Children)
        {
            if (!c.IsMet)
            {
                missing.Add(c.RequirementId);
            }
        }

        var head = Definition switch
        {
            AllOf => $"Needs all {children.Length} requirements; {result.MeasuredRaw} met",
            AtLeast => $"Needs {_needed} of {children.Length} requirements; {result.MeasuredRaw} met",
            _ => $"Needs any one of {children.Length} requirements; {result.MeasuredRaw} met",
        };
        var tail = result.IsMet ? ", so this is met" : $", not yet met: {string.Join(", ", missing)}";
        var projected = !result.IsMet && result.ProjectedMetOn is { } on ? $"; on current plans it is met on {DateText.Plain(on)}" : string.Empty;
        return head + tail + projected + ".";
    }

    /// <summary>The children's projected days combined, in one of the context's scratch lists (the children are finished, so all are free).</summary>
    private List<Span> Combine(RequirementResult[] results, EvaluationContext ctx)
    {
        if (Definition is AllOf)
        {
            List<Span> acc = ctx.SpanScratch, next = ctx.SpanScratch2;
            acc.Clear();
            acc.AddRange(results[0].Spans ?? []);
            for (var i = 1; i < results.Length && acc.Count > 0; i++)
            {
                SpanSet.Intersect(CollectionsMarshal.AsSpan(acc), results[i].Spans ?? [], next);
                (acc, next) = (next, acc);
            }

            return acc;
        }

        var counts = ctx.Counts;
        counts.Clear();
        foreach (var c in results)
        {
            counts.AddAll(c.Spans ?? []);
        }

        counts.AtLeast(_needed, ctx.Projected);
        return ctx.Projected;
    }
}
