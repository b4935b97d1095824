using Cpd.Api.Schema.Common;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class DateTypeTests
{
    [Fact]
    public async Task ParseLiteral_IsoDate_ReachesTheResolverAsLocalDate()
    {
        var result = await ScalarSchema.RunAsync("{ nextDay(date: \"2024-02-28\") }");
        result.GetProperty("data").GetProperty("nextDay").GetString().ShouldBe("2024-02-29");
    }

    [Fact]
    public async Task ParseValue_IsoDateVariable_ReachesTheResolverAsLocalDate()
    {
        var result = await ScalarSchema.RunAsync("query($d: Date!) { nextDay(date: $d) }", new() { ["d"] = "2026-12-31" });
        result.GetProperty("data").GetProperty("nextDay").GetString().ShouldBe("2027-01-01");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("22/11/2026")]
    [InlineData("2026-11-22T10:00:00Z")]
    public async Task ParseLiteral_MalformedDate_ErrorNamesTheValueAndTheForm(string text)
    {
        var result = await ScalarSchema.RunAsync($"{{ nextDay(date: \"{text}\") }}");
        result.TryGetProperty("data", out _).ShouldBeFalse();
        result.FirstError().ShouldContain($"\"{text}\"");
        result.FirstError().ShouldContain("YYYY-MM-DD");
        result.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task ParseValue_MalformedDateVariable_ErrorNamesTheVariableTheValueAndTheForm()
    {
        var result = await ScalarSchema.RunAsync("query($d: Date!) { nextDay(date: $d) }", new() { ["d"] = "2026-1-5" });
        result.FirstError().ShouldContain("$d");
        result.FirstError().ShouldContain("\"2026-1-5\"");
        result.FirstError().ShouldContain("YYYY-MM-DD");
    }

    [Fact]
    public async Task ParseLiteral_Number_ErrorSaysItIsNotAString()
    {
        var result = await ScalarSchema.RunAsync("{ nextDay(date: 20261122) }");
        result.FirstError().ShouldContain("20261122, which is not a string");
    }

    [Fact]
    public async Task ParseValue_NumberVariable_ErrorSaysItIsNotAString()
    {
        var result = await ScalarSchema.RunAsync("query($d: Date!) { nextDay(date: $d) }", new() { ["d"] = 20261122L });
        result.FirstError().ShouldContain("20261122, which is not a string");
    }

    [Fact]
    public void Serialize_NotALocalDate_Throws()
    {
        Should.Throw<Cpd.GraphQL.Errors.GraphQLException>(() => new DateType().Serialize("2026-11-22")).Message.ShouldContain("not a LocalDate");
    }

    [Fact]
    public void ValueToLiteral_LocalDate_IsAnIsoString()
    {
        var literal = new DateType().ValueToLiteral(new LocalDate(2026, 11, 22));
        Cpd.GraphQL.Language.Printer.Print(literal!).ShouldBe("\"2026-11-22\"");
    }

    [Fact]
    public void Serialize_EveryDateOfFourYears_RoundTripsThroughParseValue()
    {
        var scalar = new DateType();
        for (var date = new LocalDate(2023, 1, 1); date < new LocalDate(2027, 1, 1); date = date.PlusDays(1))
        {
            scalar.ParseValue(scalar.Serialize(date)).ShouldBe(date);
        }
    }
}
