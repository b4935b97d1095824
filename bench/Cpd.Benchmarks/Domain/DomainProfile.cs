using System.Diagnostics;
using System.Globalization;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Careers;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// A quick breakdown (seconds, not minutes) of where one evaluation's time and allocations go: the whole reference scheme and each of
/// its leaves compiled on its own, with and without projection, timed with a stopwatch loop on one thread and measured with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>. Run with <c>dotnet run -c Release --project bench/Cpd.Benchmarks -- domain-profile</c>.
/// </summary>
internal static class DomainProfile
{
    public static void Run(TextWriter output)
    {
        var careers = SyntheticPopulation.Generate(1_000);
        var scheme = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1);
        var plans = new List<(string Name, EvaluationPlan Plan)> { ("scheme (all)", scheme) };
        foreach (var leaf in Leaves(ReferenceSchemes.PlaceLeadershipV1.Requirement))
        {
            plans.Add(($"  {leaf.NodeName} {leaf.Id}", EvaluationPlan.Compile(leaf)));
        }

        var fresh = Measure(careers, (plan, career, options) => plan.Evaluate(
            Career.Create(career.Member, career.Employments, career.Experiences, career.Reflections, career.Connections, career.Awards),
            SyntheticPopulation.AsOf,
            options), scheme, EvaluationOptions.WithoutProjection);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"plan",-48} {"no projection",22} {"projection",22}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"new snapshot + index + scheme",-48} {Format(fresh),22}"));
        foreach (var (name, plan) in plans)
        {
            var off = Measure(careers, Evaluate, plan, EvaluationOptions.WithoutProjection);
            var on = Measure(careers, Evaluate, plan, EvaluationOptions.Default);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-48} {Format(off),22} {Format(on),22}"));
        }

        var eligible = careers.Count(c => scheme.Evaluate(c, SyntheticPopulation.AsOf).Eligible);
        var projected = careers.Count(c => scheme.Evaluate(c, SyntheticPopulation.AsOf).EligibleFrom is not null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eligible on {SyntheticPopulation.AsOf:uuuu-MM-dd}: {eligible} of {careers.Length}; eligible within the 5-year horizon: {projected}"));
    }

    private static EligibilityReport Evaluate(EvaluationPlan plan, Career career, EvaluationOptions options) => plan.Evaluate(career, SyntheticPopulation.AsOf, options);

    private static (double Microseconds, double Bytes) Measure(Career[] careers, Func<EvaluationPlan, Career, EvaluationOptions, EligibilityReport> evaluate, EvaluationPlan plan, EvaluationOptions options)
    {
        foreach (var career in careers)
        {
            evaluate(plan, career, options);
        }

        const int Rounds = 5;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var career in careers)
            {
                evaluate(plan, career, options);
            }
        }

        watch.Stop();
        var n = (double)Rounds * careers.Length;
        return (watch.Elapsed.TotalMicroseconds / n, (GC.GetAllocatedBytesForCurrentThread() - bytes) / n);
    }

    private static string Format((double Microseconds, double Bytes) m) => string.Create(CultureInfo.InvariantCulture, $"{m.Microseconds,7:F2} µs {m.Bytes,7:F0} B");

    private static IEnumerable<Requirement> Leaves(Requirement node) =>
        node is CompositeRequirement c ? c.Of.SelectMany(Leaves) : [node];
}
