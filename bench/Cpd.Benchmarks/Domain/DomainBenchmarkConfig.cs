using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// A short job so that the whole domain suite finishes in a few minutes on a shared two-core machine: one launch, two warm-up and
/// five measured iterations of about a quarter of a second, with the memory diagnoser for bytes allocated per operation.
/// In process: generating and building a separate benchmark project takes minutes on a busy machine (and timed out at two).
/// </summary>
internal class DomainBenchmarkConfig : ManualConfig
{
    public DomainBenchmarkConfig()
    {
        AddJob(Short.WithId("Wall"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }

    protected static Job Short { get; } = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(5)
        .WithIterationTime(TimeInterval.FromMilliseconds(250))
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true));
}
