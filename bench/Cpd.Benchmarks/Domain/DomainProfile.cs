using System.Diagnostics;
using System.Globalization;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Careers;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// A quick breakdown (seconds, not minutes) of where one evaluation's time and allocations go: the whole reference scheme and each of
/// its leaves compiled on its own, with and without projection, looped on one thread and measured in processor time, the median of
/// nine rounds (so that other work on a shared machine inflates the figures less than it does wall-clock time or a total) and with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>. Run with <c>dotnet run -c Release --project bench/Cpd.Benchmarks -- domain-profile</c>.
/// </summary>
internal static class DomainProfile
{
    public static void Run(TextWriter output, int members = 1_000)
    {
        var careers = SyntheticPopulation.Generate(members);
        var scheme = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1);
        var plans = new List<(string Name, EvaluationPlan Plan)> { ("scheme (all)", scheme) };
        var root = (AllOf)ReferenceSchemes.PlaceLeadershipV1.Requirement;
        foreach (var child in root.Of)
        {
            plans.Add(($"  scheme without {child.Id}", EvaluationPlan.Compile(root with { Of = [.. root.Of.Where(c => c != child)] })));
        }

        foreach (var leaf in Leaves(ReferenceSchemes.PlaceLeadershipV1.Requirement))
        {
            plans.Add(($"  {leaf.NodeName} {leaf.Id}", EvaluationPlan.Compile(leaf)));
            switch (leaf)
            {
                // Variants that isolate one feature's cost: what-it-would-add re-sums for unverified experience, and the per-period minimum.
                case CrossBoundaryTime time:
                    plans.Add(("    ... without minimumVerification", EvaluationPlan.Compile(time with { MinimumVerification = Cpd.Domain.Experiences.VerificationLevel.SelfDeclared })));
                    break;
                case LearningHours hours:
                    plans.Add(("    ... without minimumEachPeriod", EvaluationPlan.Compile(hours with { MinimumEachPeriod = null })));
                    plans.Add(("    ... without minimumEachPeriod, share", EvaluationPlan.Compile(hours with { MinimumEachPeriod = null, CrossBoundaryShare = null, Boundary = null })));
                    break;
            }
        }

        // Run every path for a while before measuring any, so that tiered compilation has promoted the hot methods even when the
        // machine is busy (a path first run in the middle of the table was measured up to three times slower).
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 3_000)
        {
            foreach (var (_, plan) in plans)
            {
                foreach (var career in careers.Take(20))
                {
                    plan.Evaluate(career, SyntheticPopulation.AsOf, EvaluationOptions.WithoutProjection);
                    plan.Evaluate(career, SyntheticPopulation.AsOf, EvaluationOptions.Default);
                }
            }
        }

        var fresh = Measure(careers, (plan, career, options) => plan.Evaluate(
            Career.Create(career.Member, career.Employments, career.Experiences, career.Reflections, career.Connections, career.Awards),
            SyntheticPopulation.AsOf,
            options), scheme, EvaluationOptions.WithoutProjection);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"plan (CPU time and bytes per evaluation)",-48} {"no projection",22} {"projection",22}"));
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

    /// <summary>Evaluates the reference scheme over 1,000 members for about <paramref name="seconds"/> seconds, for a sampling profiler (<c>perf record</c>).</summary>
    public static void Loop(bool projection, int seconds)
    {
        var careers = SyntheticPopulation.Generate(1_000);
        var plan = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1);
        var options = projection ? EvaluationOptions.Default : EvaluationOptions.WithoutProjection;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var career in careers)
            {
                plan.Evaluate(career, SyntheticPopulation.AsOf, options);
            }
        }
    }

    private static EligibilityReport Evaluate(EvaluationPlan plan, Career career, EvaluationOptions options) => plan.Evaluate(career, SyntheticPopulation.AsOf, options);

    /// <summary>
    /// Processor time per evaluation: the median over rounds (each one pass over the careers, at least 1,000 evaluations), so that the
    /// rounds in which other work on a shared machine evicted this one's caches weigh less than in a total; bytes are exact.
    /// </summary>
    private static (double Microseconds, double Bytes) Measure(Career[] careers, Func<EvaluationPlan, Career, EvaluationOptions, EligibilityReport> evaluate, EvaluationPlan plan, EvaluationOptions options)
    {
        foreach (var career in careers)
        {
            evaluate(plan, career, options);
        }

        var passes = Math.Max(1, 1_000 / careers.Length);
        var perRound = (double)passes * careers.Length;
        var times = new double[9];
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < times.Length; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var career in careers)
                {
                    evaluate(plan, career, options);
                }
            }

            process.Refresh();
            times[round] = (process.TotalProcessorTime - cpu).TotalMicroseconds / perRound;
        }

        Array.Sort(times);
        return (times[times.Length / 2], (GC.GetAllocatedBytesForCurrentThread() - bytes) / (perRound * times.Length));
    }

    private static string Format((double Microseconds, double Bytes) m) => string.Create(CultureInfo.InvariantCulture, $"{m.Microseconds,7:F2} µs {m.Bytes,7:F0} B");

    private static IEnumerable<Requirement> Leaves(Requirement node) =>
        node is CompositeRequirement c ? c.Of.SelectMany(Leaves) : [node];
}
