using NodaTime;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>Dates as day numbers (days since 0001-01-01), so that the evaluator works on ints; ongoing ends are <see cref="Open"/>.</summary>
internal static class Days
{
    /// <summary>The day number standing for "no end" (9999-12-31).</summary>
    public static readonly int Open = DateOnly.MaxValue.DayNumber;

    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    public static int Of(LocalDate? date) => date is { } d ? Of(d) : Open;

    public static LocalDate ToDate(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));

    public static int Clamp(int day) => day < 0 ? 0 : day > Open ? Open : day;
}
