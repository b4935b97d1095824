using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// The <c>DateTime</c> scalar: an instant on the global time line, bound to <see cref="Instant"/>. Results are ISO-8601
/// in UTC with <c>Z</c>; inputs may carry <c>Z</c> or any offset (<c>2026-11-22T09:30:00+01:00</c>), which is applied.
/// </summary>
public sealed class DateTimeType : NodaTimeScalarType<Instant>
{
    /// <summary>Creates the scalar.</summary>
    public DateTimeType()
        : base(
            "DateTime",
            "An instant, ISO-8601 with seconds and an offset: `2026-11-22T09:30:00Z` or `2026-11-22T10:30:00+01:00` on input; always UTC with `Z` on output.",
            "https://scalars.graphql.org/chillicream/date-time.html")
    {
    }

    /// <inheritdoc/>
    protected override string ExpectedForm => "an ISO-8601 date and time with seconds and Z or an offset, such as 2026-11-22T09:30:00Z or 2026-11-22T10:30:00+01:00";

    /// <inheritdoc/>
    protected override string Format(Instant value) => InstantPattern.ExtendedIso.Format(value);

    /// <inheritdoc/>
    protected override bool TryParse(string text, [MaybeNullWhen(false)] out Instant value)
    {
        var result = OffsetDateTimePattern.ExtendedIso.Parse(text);
        value = result.Success ? result.Value.ToInstant() : default;
        return result.Success;
    }
}
