using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Persistence.Converters;

/// <summary>
/// <see cref="Period"/> as text on every provider. NodaTime's round-trip pattern is used rather than the normalising
/// ISO one because it keeps every unit as given (<c>P18M</c> stays <c>P18M</c>, <c>P2W</c> stays <c>P2W</c>: periods
/// compare unit by unit, so normalising would change the value); for periods without sub-second units, which is
/// every validity and window period, its text is plain ISO-8601.
/// </summary>
public sealed class PeriodTextConverter() : ValueConverter<Period, string>(p => ToText(p), s => FromText(s))
{
    private static readonly PeriodPattern Pattern = PeriodPattern.Roundtrip;

    /// <summary>The stored text of a period.</summary>
    public static string ToText(Period period) => Pattern.Format(period);

    /// <summary>The period of stored text; throws on text that is not a period.</summary>
    public static Period FromText(string text) => Pattern.Parse(text).GetValueOrThrow();
}
