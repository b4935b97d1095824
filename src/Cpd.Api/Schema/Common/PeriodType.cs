using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Schema.Common;

/// <summary>The <c>Period</c> scalar: an ISO-8601 period such as <c>P5Y</c>, <c>P18M</c> or <c>P182D</c>, bound to <see cref="Period"/>.</summary>
public sealed class PeriodType : NodaTimeScalarType<Period>
{
    /// <summary>Creates the scalar.</summary>
    public PeriodType()
        : base(
            "Period",
            "A calendar period, ISO-8601 duration syntax: `P5Y`, `P18M`, `P2W`, `P182D`, `P1Y6M`, `PT12H`. Months and years keep their calendar meaning; results are normalised (`P2W` → `P14D`, `PT36H` → `P1DT12H`).",
            "https://www.iso.org/standard/70907.html")
    {
    }

    /// <inheritdoc/>
    protected override string ExpectedForm => "an ISO-8601 period such as P5Y, P18M or P182D";

    /// <inheritdoc/>
    protected override string Format(Period value) => PeriodPattern.NormalizingIso.Format(value);

    /// <inheritdoc/>
    protected override bool TryParse(string text, [MaybeNullWhen(false)] out Period value)
    {
        var result = PeriodPattern.NormalizingIso.Parse(text);
        value = result.Success ? result.Value : null;
        return result.Success;
    }
}
