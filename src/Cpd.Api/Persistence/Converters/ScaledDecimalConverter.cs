using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cpd.Api.Persistence.Converters;

/// <summary>
/// A <see cref="decimal"/> with at most <see cref="Scale"/> decimal places as a scaled 64-bit integer (SQLite).
/// <para>
/// Why not text: SQLite has no decimal type. As text, <c>"10.5" &lt; "9"</c> (ordering and range filters in SQL are
/// wrong) and <c>SUM</c> turns text into binary floating point. As a scaled integer the column orders, compares and
/// sums exactly in SQL (64-bit integer arithmetic), and indexes on it work. FTE has 4 decimal places and hours 2 in
/// the domain, so scale 4 holds both exactly, matching <c>numeric(9,4)</c> on PostgreSQL. A value with more decimal
/// places is refused rather than rounded silently.
/// </para>
/// </summary>
public sealed class ScaledDecimalConverter() : ValueConverter<decimal, long>(d => ToScaled(d), v => FromScaled(v))
{
    /// <summary>Decimal places kept.</summary>
    public const int Scale = 4;

    private const decimal Factor = 10_000m;

    /// <summary>The stored integer of a value: <c>value × 10^4</c>.</summary>
    public static long ToScaled(decimal value)
    {
        var scaled = value * Factor;
        if (decimal.Truncate(scaled) != scaled)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"At most {Scale} decimal places can be stored.");
        }

        return decimal.ToInt64(scaled);
    }

    /// <summary>The value of a stored integer, without trailing zeros (<c>5000</c> is <c>0.5</c>).</summary>
    public static decimal FromScaled(long stored) => stored / Factor;
}
