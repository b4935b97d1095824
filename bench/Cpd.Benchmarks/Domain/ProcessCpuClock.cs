using Perfolizer.Horology;

namespace Cpd.Benchmarks.Domain;

/// <summary>
/// A BenchmarkDotNet clock that reads the process's processor time (user + kernel, about 1 µs resolution) instead of the wall clock,
/// so that a single-threaded benchmark measures the processor time one evaluation costs even when other work shares the cores.
/// </summary>
internal sealed class ProcessCpuClock : IClock
{
    public static readonly ProcessCpuClock Instance = new();

    public string Title => "Process CPU time";

    public bool IsAvailable => true;

    public Frequency Frequency { get; } = new(TimeSpan.TicksPerSecond);

    public long GetTimestamp() => Environment.CpuUsage.TotalTime.Ticks;
}
