using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Persistence.Converters;

/// <summary>
/// <see cref="LocalDate"/> as ISO <c>yyyy-MM-dd</c> text (SQLite). Fixed width for years 1–9999, so text order is date
/// order and range queries and indexes work on the column as stored.
/// </summary>
public sealed class LocalDateTextConverter() : ValueConverter<LocalDate, string>(d => ToText(d), s => FromText(s))
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    /// <summary>The stored text of a date.</summary>
    public static string ToText(LocalDate date) => Pattern.Format(date);

    /// <summary>The date of stored text; throws on text that is not an ISO date (a corrupt row must not pass as a date).</summary>
    public static LocalDate FromText(string text) => Pattern.Parse(text).GetValueOrThrow();

}
