using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// A short job so that the whole domain suite finishes in a few minutes on a shared two-core machine: one launch, one warm-up and
/// three measured iterations (each at least a quarter of a second; one call of <c>EvaluateMany</c> over 100,000 members is longer),
/// with the memory diagnoser for bytes allocated per operation. In process: generating and building a separate benchmark project
/// takes minutes on a busy machine (it timed out at two), and the population is then built once per benchmark.
/// </summary>
internal class DomainBenchmarkConfig : ManualConfig
{
    public DomainBenchmarkConfig()
        : this(warmups: 1, iterations: 3)
    {
    }

    protected DomainBenchmarkConfig(int warmups, int iterations)
    {
        Short = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true));
        AddJob(Short.WithId("Wall"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }

    protected Job Short { get; }
}
