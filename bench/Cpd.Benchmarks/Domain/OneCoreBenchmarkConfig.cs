using BenchmarkDotNet.Jobs;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// Two warm-up and five measured iterations, twice: timed by the wall clock, and by the process's processor time
/// (<see cref="ProcessCpuClock"/>). On a machine whose cores other work also uses, the second is what one evaluation costs one core;
/// on an idle machine the two agree.
/// </summary>
internal sealed class OneCoreBenchmarkConfig : DomainBenchmarkConfig
{
    public OneCoreBenchmarkConfig()
        : base(warmups: 2, iterations: 5)
    {
        var cpuTime = Short.UnfreezeCopy();
        cpuTime.Infrastructure.Clock = ProcessCpuClock.Instance;
        AddJob(cpuTime.WithId("CpuTime"));
    }
}
