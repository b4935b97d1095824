using BenchmarkDotNet.Attributes;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Careers;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// Evaluation of the reference scheme (Place Leadership, version 1) over the synthetic population. Every figure is per ONE evaluation
/// (<see cref="BenchmarkAttribute.OperationsPerInvoke"/> is the number of members evaluated per call):
/// one core over a batch of 1,000 members, without and with projection and for a fresh snapshot (index built), and
/// <see cref="EvaluationPlan.EvaluateMany"/> over all 100,000 members on all cores.
/// Targets on one core: ≤ 5 µs and ≤ 4 KB without projection, ≤ 20 µs with projection.
/// </summary>
[Config(typeof(DomainBenchmarkConfig))]
public class EvaluationBenchmarks
{
    private const int BatchSize = 1_000;
    private const int PopulationSize = 100_000;
    private readonly EvaluationPlan _plan = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1);
    private Career[] _careers = [];

    [GlobalSetup(Targets = [nameof(WithoutProjection), nameof(WithProjection), nameof(NewSnapshotWithoutProjection)])]
    public void SetupBatch() => Setup(BatchSize);

    [GlobalSetup(Targets = [nameof(ManyWithoutProjection), nameof(ManyWithProjection)])]
    public void SetupPopulation() => Setup(PopulationSize);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int WithoutProjection() => CountEligible(_careers, EvaluationOptions.WithoutProjection);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int WithProjection() => CountEligible(_careers, EvaluationOptions.Default);

    /// <summary>A fresh snapshot each time (a member's record just changed): assembling the career and building its index are included.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int NewSnapshotWithoutProjection() =>
        CountEligible(_careers.Select(c => Career.Create(c.Member, c.Employments, c.Experiences, c.Reflections, c.Connections, c.Awards)), EvaluationOptions.WithoutProjection);

    [Benchmark(OperationsPerInvoke = PopulationSize)]
    public int ManyWithoutProjection() => _plan.EvaluateMany(_careers, SyntheticPopulation.AsOf, EvaluationOptions.WithoutProjection).Count;

    [Benchmark(OperationsPerInvoke = PopulationSize)]
    public int ManyWithProjection() => _plan.EvaluateMany(_careers, SyntheticPopulation.AsOf, EvaluationOptions.Default).Count;

    private void Setup(int members)
    {
        _careers = SyntheticPopulation.Generate(members);

        // Index every career once, as a long-lived server does: a career's index is built on its first evaluation and reused.
        _plan.EvaluateMany(_careers, SyntheticPopulation.AsOf, EvaluationOptions.WithoutProjection);
    }

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
