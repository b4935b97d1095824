using NodaTime;

namespace Cpd.Domain.Careers;

/// <summary>Validation and normalisation shared by every record with a start, an optional end and an FTE.</summary>
internal static class DatedPeriod
{
    /// <summary>FTE is held to four decimal places so that sums are exact.</summary>
    public const int FteDecimals = 4;

    public static decimal NormaliseFte(decimal fte) => Math.Round(fte, FteDecimals, MidpointRounding.AwayFromZero);

    public static void Check(LocalDate start, LocalDate? end, decimal fte, ErrorList errors)
    {
        errors.AddIf(end is { } e && e < start, CareerErrors.EndBeforeStart, "end", $"The end ({DateText.Iso(end.GetValueOrDefault())}) is before the start ({DateText.Iso(start)}).");
        var normalised = NormaliseFte(fte);
        errors.AddIf(normalised <= 0m || normalised > 1m, CareerErrors.FteOutOfRange, "fte", $"FTE must be more than 0 and at most 1; it is {fte}.");
    }

    public static bool IsActiveOn(LocalDate start, LocalDate? end, LocalDate date) => date >= start && (end is null || date <= end.Value);
}
