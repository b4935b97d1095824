using NodaTime;

namespace Cpd.Api.Tests.Support;

/// <summary>A settable clock for tests (NodaTime.Testing is not available in this build).</summary>
public sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; private set; } = now;

    public static FakeClock At(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 9, 0));

    public LocalDate Today => Now.InUtc().Date;

    public Instant GetCurrentInstant() => Now;

    public void Advance(Duration duration) => Now += duration;
}
