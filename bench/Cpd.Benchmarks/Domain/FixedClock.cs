using NodaTime;

namespace Cpd.Benchmarks.Domain;

/// <summary>A clock stopped at one instant, so that the synthetic population is the same on every run.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
