using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Schema.Common;

/// <summary>The <c>Date</c> scalar: a calendar date without time or zone, <c>YYYY-MM-DD</c>, bound to <see cref="LocalDate"/>.</summary>
public sealed class DateType : NodaTimeScalarType<LocalDate>
{
    /// <summary>Creates the scalar.</summary>
    public DateType()
        : base(
            "Date",
            "A calendar date (ISO calendar, no time, no zone) written `YYYY-MM-DD`, such as `2026-11-22`.",
            "https://scalars.graphql.org/andimarek/local-date.html")
    {
    }

    /// <inheritdoc/>
    protected override string ExpectedForm => "a date in the form YYYY-MM-DD, such as 2026-11-22";

    /// <inheritdoc/>
    protected override string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);

    /// <inheritdoc/>
    protected override bool TryParse(string text, [MaybeNullWhen(false)] out LocalDate value)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        value = result.Success ? result.Value : default;
        return result.Success;
    }
}
