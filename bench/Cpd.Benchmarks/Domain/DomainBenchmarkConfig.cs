using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// A short job so that the whole domain suite finishes in a few minutes on a shared two-core machine: one launch, two warm-up and
/// five measured iterations of about a quarter of a second, with the memory diagnoser for bytes allocated per operation.
/// </summary>
internal sealed class DomainBenchmarkConfig : ManualConfig
{
    public DomainBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
