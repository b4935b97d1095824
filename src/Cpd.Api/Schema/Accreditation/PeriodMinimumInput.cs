namespace Cpd.Api.Schema.Accreditation;

/// <summary>Hours required in every period (e.g. 10 hours each year).</summary>
public sealed class PeriodMinimumInput
{
    /// <summary>The hours required per period.</summary>
    public decimal MinimumHours { get; init; }

    /// <summary>The period, an ISO-8601 period such as <c>P1Y</c>.</summary>
    public string Period { get; init; } = string.Empty;
}
