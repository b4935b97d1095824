using BenchmarkDotNet.Attributes;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Careers;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// Evaluation of the reference scheme (Place Leadership, version 1) on ONE core over a batch of 1,000 synthetic members, without and
/// with projection and for a fresh snapshot (index built); every figure is per evaluation (<see cref="BenchmarkAttribute.OperationsPerInvoke"/>
/// is the batch size). Targets: ≤ 5 µs and ≤ 4 KB without projection, ≤ 20 µs with projection.
/// </summary>
[Config(typeof(OneCoreBenchmarkConfig))]
public class EvaluationBenchmarks
{
    private const int BatchSize = 1_000;
    private readonly EvaluationPlan _plan = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1);
    private Career[] _careers = [];

    [GlobalSetup]
    public void Setup() => _careers = SyntheticPopulation.Indexed(BatchSize, _plan);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int WithoutProjection() => CountEligible(_careers, EvaluationOptions.WithoutProjection);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int WithProjection() => CountEligible(_careers, EvaluationOptions.Default);

    /// <summary>A fresh snapshot each time (a member's record just changed): assembling the career and building its index are included.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int NewSnapshotWithoutProjection() =>
        CountEligible(_careers.Select(c => Career.Create(c.Member, c.Employments, c.Experiences, c.Reflections, c.Connections, c.Awards)), EvaluationOptions.WithoutProjection);

    private int CountEligible(IEnumerable<Career> careers, EvaluationOptions options)
    {
        var eligible = 0;
        foreach (var career in careers)
        {
            if (_plan.Evaluate(career, SyntheticPopulation.AsOf, options).Eligible)
            {
                eligible++;
            }
        }

        return eligible;
    }
}
