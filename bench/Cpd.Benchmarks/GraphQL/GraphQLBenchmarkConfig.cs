using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Cpd.Benchmarks.GraphQL;

/// <summary>
/// A short in-process job (one launch, three warm-up and five measured iterations of half a second) with bytes allocated per operation:
/// in process because the generated boilerplate project would not build under the repository's warnings-as-errors analyzers.
/// </summary>
internal sealed class GraphQLBenchmarkConfig : ManualConfig
{
    public GraphQLBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(500))
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(5), logOutput: false))
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
