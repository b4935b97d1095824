using NodaTime;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// A NodaTime <see cref="Period"/> applied to day numbers with NodaTime's semantics (years, then months, each clamping the day of month, then weeks
/// and days), plus the inverse searches the sweep-line projections need. Periods of days only are plain subtraction.
/// </summary>
internal readonly struct PeriodShift
{
    private readonly int _years;
    private readonly int _months;
    private readonly int _days;

    public PeriodShift(Period period)
    {
        _years = period.Years;
        _months = period.Months;
        _days = (period.Weeks * 7) + period.Days;
    }

    private bool IsWholeYears => _months == 0 && _days == 0;

    public bool IsCalendarDependent => _years != 0 || _months != 0;

    public bool HasMonths => _months != 0;

    /// <summary>Returns <c>day − period</c>.</summary>
    public int Minus(int day)
    {
        if (!IsCalendarDependent)
        {
            return Math.Max(0, day - _days);
        }

        return day >= Days.Open ? Days.Open : Math.Max(0, Shift(day, -_years, -_months) - _days);
    }

    /// <summary>Returns <c>day + period</c>, an estimate of the inverse of <see cref="Minus"/>.</summary>
    public int Plus(int day)
    {
        if (!IsCalendarDependent)
        {
            return Days.Clamp(day + _days);
        }

        return day >= Days.Open ? Days.Open : Days.Clamp(Shift(Math.Max(0, day), _years, _months) + _days);
    }

    /// <summary>Moves a day by whole years, then whole months, clamping the day of month after each step as NodaTime does.</summary>
    private static int Shift(int day, int years, int months)
    {
        Civil.FromDayNumber(day, out var y, out var m, out var d);
        y += years;
        if (y < 1)
        {
            return 0;
        }

        if (y > 9999)
        {
            return Days.Open;
        }

        d = Math.Min(d, Civil.DaysInMonth(y, m));
        if (months != 0)
        {
            var total = (y * 12) + (m - 1) + months;
            y = total / 12;
            m = (total % 12) + 1;
            if (y < 1)
            {
                return 0;
            }

            if (y > 9999)
            {
                return Days.Open;
            }

            d = Math.Min(d, Civil.DaysInMonth(y, m));
        }

        return Civil.ToDayNumber(y, m, d);
    }

    /// <summary>Returns the first day <c>x</c> with <c>x − period ≥ t</c> (Minus is monotone, so the days after it qualify too).</summary>
    public int FirstDayMinusAtLeast(int t)
    {
        if (!IsCalendarDependent)
        {
            return Days.Clamp(t + _days);
        }

        if (IsWholeYears && _years > 0 && t > 0 && t < Days.Open)
        {
            // t + n years maps back onto t, except 29 Feb landing in a common year (28 Feb maps back short): then it is 1 Mar. Both are
            // "the same day of the March-based year, n years on" (29 Feb is a March-based year's last day; a common one ends a day
            // earlier, so that day is the next 1 Mar): no calendar conversion needed, as this runs for every record and span end.
            var result = Civil.PlusMarchYears(t, _years);
            return result > Days.Open ? Days.Open : result;
        }

        var x = Plus(t);
        if (x >= Days.Open)
        {
            return Days.Open;
        }

        if (IsWholeYears && t > 0)
        {
            Civil.FromDayNumber(t, out var year, out var month, out var day);
            return month == 2 && day == 29 && !Civil.IsLeapYear(year + _years) ? x + 1 : x;
        }

        while (Minus(x) < t)
        {
            x++;
        }

        while (x > 0 && Minus(x - 1) >= t)
        {
            x--;
        }

        return x;
    }

    /// <summary>The first day of the rolling window of this length that ends on <paramref name="day"/>.</summary>
    public int WindowStart(int day) => Minus(day) + 1;

    /// <summary>The last day <c>d</c> whose window starts on or before <paramref name="t"/>, i.e. the last day a record on day <c>t</c> is in the window.</summary>
    public int LastDayWindowStartsAtMost(int t) => t >= Days.Open ? Days.Open : Math.Max(t, FirstDayMinusAtLeast(t) - 1);

    /// <summary>
    /// Adds to <paramref name="into"/> each day <c>x + 1</c> in [from, to] where <c>Minus(x + 1) ≠ Minus(x) + 1</c>: the days where the window start jumps
    /// (month-end clamping). Only days 27 to 31 of a month can be such days, and for whole years only in February.
    /// </summary>
    public void AddIrregularDays(int from, int to, List<int> into)
    {
        if (!IsCalendarDependent || from > to)
        {
            return;
        }

        var first = DateOnly.FromDayNumber(Math.Max(0, from));
        if (!HasMonths)
        {
            // Whole years (plus days): the window start can only jump where 29 Feb is involved, i.e. on 29 Feb or 1 Mar.
            var lastYear = DateOnly.FromDayNumber(Math.Min(to, Days.Open - 1)).Year;
            for (var year = first.Year; year <= lastYear && year < 9999; year++)
            {
                var march = new DateOnly(year, 3, 1).DayNumber;
                for (var x1 = march - 1; x1 <= march; x1++)
                {
                    if (x1 >= from && x1 <= to && Minus(x1) != Minus(x1 - 1) + 1)
                    {
                        into.Add(x1);
                    }
                }
            }

            return;
        }

        var month = new DateOnly(first.Year, first.Month, 1);
        while (month.DayNumber <= to)
        {
            {
                var last = month.AddMonths(1).AddDays(-1);
                for (var x = month.AddDays(25).DayNumber; x <= last.DayNumber; x++)
                {
                    if (x + 1 >= from && x + 1 <= to && Minus(x + 1) != Minus(x) + 1)
                    {
                        into.Add(x + 1);
                    }
                }
            }

            if (month.Year >= 9998)
            {
                break;
            }

            month = month.AddMonths(1);
        }
    }
}
