namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// Proleptic Gregorian calendar arithmetic on day numbers (days since 0001-01-01, as <see cref="DateOnly.DayNumber"/>) with integer
/// operations only (the civil-from-days algorithm of Howard Hinnant), because window arithmetic runs many times per evaluation.
/// </summary>
internal static class Civil
{
    // Day number of 0000-03-01 in the proleptic calendar, the era origin of the algorithm: DateOnly day 0 is 0001-01-01.
    private const int EraOffset = -306;

    public static bool IsLeapYear(int year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static void FromDayNumber(int dayNumber, out int year, out int month, out int day)
    {
        var z = dayNumber - EraOffset;
        var era = z / 146_097;
        var doe = z - (era * 146_097);
        var yoe = (doe - (doe / 1_460) + (doe / 36_524) - (doe / 146_096)) / 365;
        var doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        var mp = ((5 * doy) + 2) / 153;
        day = doy - (((153 * mp) + 2) / 5) + 1;
        month = mp < 10 ? mp + 3 : mp - 9;
        year = yoe + (era * 400) + (month <= 2 ? 1 : 0);
    }

    /// <summary>
    /// The day with the same position in the March-based year (1 Mar to 28/29 Feb) <paramref name="years"/> later: day + 365 × years plus the
    /// 29 Febs in between (for a 29 Feb landing in a common year, the next 1 Mar). May pass 9999-12-31; the caller clamps.
    /// </summary>
    public static int PlusMarchYears(int dayNumber, int years)
    {
        var z = dayNumber - EraOffset;
        var era = z / 146_097;
        var doe = z - (era * 146_097);
        var year = ((doe - (doe / 1_460) + (doe / 36_524) - (doe / 146_096)) / 365) + (era * 400);
        return dayNumber + (365 * years) + LeapDaysBefore(year + years) - LeapDaysBefore(year);
    }

    /// <summary>The 29 Febs that end March-based years 0 to <paramref name="marchYear"/> − 1 (i.e. of calendar years 1 to marchYear).</summary>
    private static int LeapDaysBefore(int marchYear) => (marchYear / 4) - (marchYear / 100) + (marchYear / 400);

    public static int ToDayNumber(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = y / 400;
        var yoe = y - (era * 400);
        var mp = month > 2 ? month - 3 : month + 9;
        var doy = ((153 * mp) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146_097) + doe + EraOffset;
    }
}
