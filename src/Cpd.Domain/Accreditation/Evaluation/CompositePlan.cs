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
            spans = Combine(results, ctx.Counts);
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

    private List<Span> Combine(RequirementResult[] results, CountSweep counts)
    {
        if (Definition is AllOf)
        {
            var acc = results[0].Spans ?? [];
            for (var i = 1; i < results.Length; i++)
            {
                acc = SpanSet.Intersect(acc, results[i].Spans ?? []);
            }

            return acc;
        }

        counts.Clear();
        foreach (var c in results)
        {
            counts.AddAll(c.Spans ?? []);
        }

        return counts.AtLeast(_needed);
    }
}
