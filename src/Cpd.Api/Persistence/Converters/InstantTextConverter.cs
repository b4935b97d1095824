using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Persistence.Converters;

/// <summary>
/// <see cref="Instant"/> as ISO text in UTC with exactly seven fractional digits (<c>2026-11-22T05:17:24.1234567Z</c>, SQLite).
/// A fixed width makes text order time order for years 1–9999. Sub-tick nanoseconds are dropped: that is the
/// precision of the BCL's ticks, which every caller's clock already has.
/// </summary>
public sealed class InstantTextConverter() : ValueConverter<Instant, string>(i => ToText(i), s => FromText(s))
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.fffffff'Z'");

    /// <summary>The stored text of an instant, truncated to a tick (100 ns).</summary>
    public static string ToText(Instant instant) => Pattern.Format(instant);

    /// <summary>The instant of stored text; throws on text that is not in the stored format.</summary>
    public static Instant FromText(string text) => Pattern.Parse(text).GetValueOrThrow();
}
