using Cpd.Api.Persistence.Converters;
using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Tests.Persistence;

/// <summary>The converters' text and numbers, without a database.</summary>
public sealed class ConverterTests
{
    [Fact]
    public void InstantTextConverter_AnyTwoInstants_TextOrderIsTimeOrder()
    {
        var random = new Random(20261122);
        var min = Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeTicks();
        var max = Instant.FromUtc(9999, 12, 31, 23, 59, 59).ToUnixTimeTicks();
        var instants = Enumerable.Range(0, 2000).Select(_ => Instant.FromUnixTimeTicks(random.NextInt64(min, max))).ToList();

        var byText = instants.OrderBy(InstantTextConverter.ToText, StringComparer.Ordinal).ToList();

        byText.ShouldBe(instants.Order().ToList());
        instants.Select(InstantTextConverter.ToText).ShouldAllBe(t => t.Length == 28);
        instants.ShouldAllBe(i => InstantTextConverter.FromText(InstantTextConverter.ToText(i)) == i);
    }

    [Fact]
    public void InstantTextConverter_ToText_IsUtcWithSevenFractionalDigits()
    {
        InstantTextConverter.ToText(Instant.FromUtc(2026, 11, 22, 5, 17, 24).PlusNanoseconds(123_456_789))
            .ShouldBe("2026-11-22T05:17:24.1234567Z");
    }

    [Fact]
    public void LocalDateTextConverter_AnyTwoDates_TextOrderIsDateOrder()
    {
        var random = new Random(20261122);
        var dates = Enumerable.Range(0, 2000).Select(_ => new LocalDate(1, 1, 1).PlusDays(random.Next(0, 3_652_058))).ToList();

        dates.OrderBy(LocalDateTextConverter.ToText, StringComparer.Ordinal).ShouldBe(dates.Order());
        dates.ShouldAllBe(d => LocalDateTextConverter.FromText(LocalDateTextConverter.ToText(d)) == d);
        LocalDateTextConverter.ToText(new LocalDate(2024, 2, 29)).ShouldBe("2024-02-29");
    }

    [Fact]
    public void LocalDateTextConverter_FromText_RefusesTextThatIsNotADate()
    {
        Should.Throw<UnparsableValueException>(() => LocalDateTextConverter.FromText("2024-02-30"));
    }

    public static TheoryData<string, Period> IsoPeriods => new()
    {
        { "P3Y", Period.FromYears(3) },
        { "P18M", Period.FromMonths(18) },
        { "P2W", Period.FromWeeks(2) },
        { "P182D", Period.FromDays(182) },
        { "P1Y2M3W4DT5H6M7S", new PeriodBuilder { Years = 1, Months = 2, Weeks = 3, Days = 4, Hours = 5, Minutes = 6, Seconds = 7 }.Build() },
    };

    [Theory]
    [MemberData(nameof(IsoPeriods))]
    public void PeriodTextConverter_IsoPeriods_AreStoredAsGiven(string iso, Period period)
    {
        PeriodTextConverter.ToText(period).ShouldBe(iso);
        PeriodTextConverter.FromText(iso).ShouldBe(period);
    }

    [Fact]
    public void ScaledDecimalConverter_ValuesWithAtMostFourPlaces_AreScaledExactly()
    {
        ScaledDecimalConverter.ToScaled(0.6m).ShouldBe(6000);
        ScaledDecimalConverter.ToScaled(99999.9999m).ShouldBe(999_999_999);
        ScaledDecimalConverter.ToScaled(-0.0001m).ShouldBe(-1);
        ScaledDecimalConverter.FromScaled(5000).ShouldBe(0.5m);
        ScaledDecimalConverter.FromScaled(5000).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("0.5");
    }

    [Fact]
    public void ScaledDecimalConverter_FifthDecimalPlace_IsRefusedNotRounded()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ScaledDecimalConverter.ToScaled(0.00005m));
    }

    [Fact]
    public void UpperSnakeEnumConverter_EveryStoredEnum_HasDistinctNamesThatFitTheColumn()
    {
        Names<ExperienceKind>().ShouldBe(["SECONDMENT", "SHADOWING", "JOINT_WORK", "MENTORING", "PEER_CHALLENGE", "LEARNING_EVENT", "CPD_ACTIVITY"]);
        Names<ReflectionVisibility>().ShouldBe(["PRIVATE", "SHARED_WITH_ASSESSORS", "PUBLISHED_ANONYMISED"]);
        Names<IdempotencyState>().ShouldBe(["IN_FLIGHT", "COMPLETED"]);
        int[] longest =
        [
            UpperSnakeEnumConverter<ExperienceKind>.MaxLength, UpperSnakeEnumConverter<MentoringRole>.MaxLength,
            UpperSnakeEnumConverter<PeerChallengeRole>.MaxLength, UpperSnakeEnumConverter<VerificationLevel>.MaxLength,
            UpperSnakeEnumConverter<AttestationMethod>.MaxLength, UpperSnakeEnumConverter<AttestationOutcome>.MaxLength,
            UpperSnakeEnumConverter<ReflectionVisibility>.MaxLength, UpperSnakeEnumConverter<ApplicationStatus>.MaxLength,
            UpperSnakeEnumConverter<IdempotencyState>.MaxLength,
        ];
        longest.ShouldAllBe(n => n <= Cpd.Api.Persistence.CpdDbContext.EnumMaxLength);
    }

    [Fact]
    public void UpperSnakeEnumConverter_UnknownText_IsRefused()
    {
        Should.Throw<FormatException>(() => UpperSnakeEnumConverter<ExperienceKind>.FromText("Secondment"));
        Should.Throw<ArgumentOutOfRangeException>(() => UpperSnakeEnumConverter<ExperienceKind>.ToText((ExperienceKind)99));
    }

    [Fact]
    public void StringListJsonConverter_FromText_RefusesJsonNull()
    {
        StringListJsonConverter.ToText(["a\"b", "ü"]).ShouldBe("[\"a\\u0022b\",\"\\u00FC\"]");
        Should.Throw<FormatException>(() => StringListJsonConverter.FromText("null"));
    }

    private static List<string> Names<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(UpperSnakeEnumConverter<TEnum>.ToText).ToList();
}
