using Cpd.Domain.Accreditation.Evaluation;
using NodaTime;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Accreditation.Evaluation;

public sealed class PeriodShiftTests
{
    [Theory]
    [InlineData("P5Y")]
    [InlineData("P1Y")]
    [InlineData("P18M")]
    [InlineData("P1Y1M")]
    [InlineData("P1M1D")]
    [InlineData("P182D")]
    [InlineData("P2W")]
    public void Minus_EveryDayOfEightYears_MatchesNodaTime(string period)
    {
        var p = P(period);
        var shift = new PeriodShift(p);
        for (var date = D("2022-01-01"); date <= D("2030-01-01"); date = date.PlusDays(1))
        {
            var day = date.ToDateOnly().DayNumber;
            shift.Minus(day).ShouldBe(date.Minus(p).ToDateOnly().DayNumber, date.ToString());
            var first = shift.FirstDayMinusAtLeast(day);
            shift.Minus(first).ShouldBeGreaterThanOrEqualTo(day);
            shift.Minus(first - 1).ShouldBeLessThan(day);
        }
    }

    [Fact]
    public void AddIrregularDays_FiveYears_FindsOnlyLeapDayJumps()
    {
        var shift = new PeriodShift(Period.FromYears(5));
        var days = new List<int>();

        shift.AddIrregularDays(D("2027-01-01").ToDateOnly().DayNumber, D("2029-12-31").ToDateOnly().DayNumber, days);

        days.Select(d => LocalDate.FromDateOnly(DateOnly.FromDayNumber(d))).ShouldBe([D("2028-02-29"), D("2029-03-01")]);
    }
}

public sealed class CivilTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void PlusMarchYears_EveryDayFrom1900To2100_IsTheSameDayYearsLaterAndLeapDayIntoACommonYearIsFirstMarch(int years)
    {
        for (var day = new DateOnly(1900, 1, 1).DayNumber; day <= new DateOnly(2100, 12, 31).DayNumber; day++)
        {
            var date = DateOnly.FromDayNumber(day);
            var later = date.AddYears(years);
            var expected = date.Month == 2 && date.Day == 29 && later.Day == 28 ? later.AddDays(1) : later;

            DateOnly.FromDayNumber(Civil.PlusMarchYears(day, years)).ShouldBe(expected, date.ToString("O", null));
        }
    }

    [Fact]
    public void FromAndToDayNumber_EveryDayFrom1900To2100_MatchDateOnly()
    {
        for (var day = new DateOnly(1900, 1, 1).DayNumber; day <= new DateOnly(2100, 12, 31).DayNumber; day++)
        {
            var expected = DateOnly.FromDayNumber(day);
            Civil.FromDayNumber(day, out var y, out var m, out var d);
            (y, m, d).ShouldBe((expected.Year, expected.Month, expected.Day));
            Civil.ToDayNumber(y, m, d).ShouldBe(day);
        }
    }

    [Theory]
    [InlineData(2024, true)]
    [InlineData(1900, false)]
    [InlineData(2000, true)]
    [InlineData(2026, false)]
    public void IsLeapYear_Years_MatchTheGregorianRule(int year, bool leap) => Civil.IsLeapYear(year).ShouldBe(leap);
}
