using BenchmarkDotNet.Attributes;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Careers;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// <see cref="EvaluationPlan.EvaluateMany"/> over the whole synthetic population of 100,000 members on all cores; every figure is per
/// evaluation (<see cref="BenchmarkAttribute.OperationsPerInvoke"/> is the population size), so 1 / mean is the batch throughput.
/// </summary>
[Config(typeof(DomainBenchmarkConfig))]
public class BatchEvaluationBenchmarks
{
    private const int PopulationSize = 100_000;
    private readonly EvaluationPlan _plan = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1);
    private Career[] _careers = [];

    [GlobalSetup]
    public void Setup() => _careers = SyntheticPopulation.Indexed(PopulationSize, _plan);

    [Benchmark(OperationsPerInvoke = PopulationSize)]
    public int ManyWithoutProjection() => _plan.EvaluateMany(_careers, SyntheticPopulation.AsOf, EvaluationOptions.WithoutProjection).Count;

    [Benchmark(OperationsPerInvoke = PopulationSize)]
    public int ManyWithProjection() => _plan.EvaluateMany(_careers, SyntheticPopulation.AsOf, EvaluationOptions.Default).Count;
}
