using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Careers;
using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// A requirement tree compiled once into an evaluation plan, then run over many careers:
/// <c>var plan = EvaluationPlan.Compile(version); var report = plan.Evaluate(career, asOf, options);</c>.
/// Thread-safe: one plan may evaluate many careers in parallel (<see cref="EvaluateMany"/>).
/// </summary>
public sealed class EvaluationPlan
{
    private readonly NodePlan _root;

    private EvaluationPlan(SchemeVersion? version, Requirement requirement)
    {
        Version = version;
        Requirement = requirement;
        _root = Build(requirement, "requirement");
    }

    /// <summary>Gets the scheme version compiled, or null for a bare requirement.</summary>
    public SchemeVersion? Version { get; }

    /// <summary>Gets the requirement tree compiled.</summary>
    public Requirement Requirement { get; }

    /// <summary>Compiles a published scheme version (its tree was validated when published).</summary>
    /// <param name="version">The version.</param>
    /// <returns>The plan.</returns>
    public static EvaluationPlan Compile(SchemeVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new EvaluationPlan(version, version.Requirement);
    }

    /// <summary>Compiles a bare requirement tree, validating it first.</summary>
    /// <param name="requirement">The tree.</param>
    /// <param name="taxonomy">The taxonomy for category codes (default <see cref="CareerTaxonomy.Default"/>).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The tree is invalid (validate authored trees with <see cref="RequirementValidator"/> first).</exception>
    public static EvaluationPlan Compile(Requirement requirement, CareerTaxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var errors = RequirementValidator.Validate(requirement, taxonomy ?? CareerTaxonomy.Default);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"The requirement is invalid: {string.Join("; ", errors)}", nameof(requirement));
        }

        return new EvaluationPlan(null, requirement);
    }

    /// <summary>Evaluates one career as of a date.</summary>
    /// <param name="career">The career snapshot.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="options">The options (default <see cref="EvaluationOptions.Default"/>: projection over five years).</param>
    /// <returns>The eligibility report.</returns>
    /// <exception cref="ArgumentException">The options' horizon is not a positive date period.</exception>
    public EligibilityReport Evaluate(Career career, LocalDate asOf, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(career);
        options ??= EvaluationOptions.Default;
        if (options.Projection && (options.Horizon is null || !RequirementValidator.IsPeriodValid(options.Horizon)))
        {
            throw new ArgumentException("The projection horizon must be a positive date period of at most 100 years, such as P5Y.", nameof(options));
        }

        var a = Days.Of(asOf);
        var projection = options.Projection;
        var horizonEnd = projection ? Days.Of(asOf.Plus(options.Horizon)) : a;
        var ctx = EvaluationContext.Rent(CareerIndex.For(career), a, horizonEnd, projection);
        ctx.Prefetched = ctx.Index.Prefetch();
        var root = _root.Evaluate(ctx);
        LocalDate? from = null, until = null, horizon = null;
        if (projection)
        {
            horizon = Days.ToDate(horizonEnd);
            ReadOnlySpan<Span> spans = root.Spans ?? [];
            var first = root.IsMet ? a : SpanSet.FirstAtOrAfter(spans, a);
            from = first < 0 ? null : Days.ToDate(first);
            var end = root.IsMet ? SpanSet.RunEnd(spans, a) : -1;
            until = end < 0 ? (root.IsMet ? asOf : null) : Days.ToDate(end);
        }
        else if (root.IsMet)
        {
            from = asOf;
        }

        return new EligibilityReport(ctx.Index.MemberId, Version, asOf, root, from, until, horizon);
    }

    /// <summary>Evaluates many careers as of one date in parallel; the reports are in the order of <paramref name="careers"/>.</summary>
    /// <param name="careers">The careers.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="options">The options.</param>
    /// <param name="degreeOfParallelism">At most this many threads; 0 or less means one per processor.</param>
    /// <returns>The reports.</returns>
    public IReadOnlyList<EligibilityReport> EvaluateMany(IReadOnlyList<Career> careers, LocalDate asOf, EvaluationOptions? options = null, int degreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(careers);
        var reports = new EligibilityReport[careers.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount };
        Parallel.For(0, careers.Count, parallel, i => reports[i] = Evaluate(careers[i], asOf, options));
        return reports;
    }

    private static NodePlan Build(Requirement node, string path) => node switch
    {
        CompositeRequirement c => new CompositePlan(c, path, [.. c.Of.Select((child, i) => Build(child, $"{path}.{c.NodeName}[{i}]"))]),
        CrossBoundaryTime x => new CrossBoundaryTimePlan(x, path),
        DistinctBoundaries x => new DistinctBoundariesPlan(x, path),
        ExperienceCount x => new ExperienceCountPlan(x, path),
        LearningHours x => new LearningHoursPlan(x, path),
        ReflectionCoverage x => new ReflectionCoveragePlan(x, path),
        NetworkDiversity x => new NetworkDiversityPlan(x, path),
        HoldsAccreditation x => new HoldsAccreditationPlan(x, path),
        _ => throw new ArgumentException($"Unknown requirement node {node.GetType().Name}.", nameof(node)),
    };
}
