using Cpd.Api.Schema.Common;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class PeriodTypeTests
{
    [Theory]
    [InlineData("P5Y", "P10Y")]
    [InlineData("P18M", "P36M")]
    [InlineData("P182D", "P364D")]
    [InlineData("P1Y6M", "P2Y12M")]
    [InlineData("PT12H", "P1D")]
    [InlineData("PT7H", "PT14H")]
    public async Task ParseLiteral_IsoPeriod_ReachesTheResolverAsPeriod(string period, string twice)
    {
        var result = await ScalarSchema.RunAsync($"{{ twice(period: \"{period}\") }}");
        result.GetProperty("data").GetProperty("twice").GetString().ShouldBe(twice);
    }

    [Fact]
    public async Task ParseValue_WeeksVariable_AreDays()
    {
        var result = await ScalarSchema.RunAsync("query($p: Period!) { twice(period: $p) }", new() { ["p"] = "P2W" });
        result.GetProperty("data").GetProperty("twice").GetString().ShouldBe("P28D");
    }

    [Theory]
    [InlineData("5Y")]
    [InlineData("P")]
    [InlineData("P1.5Y")]
    [InlineData("five years")]
    public async Task ParseLiteral_Malformed_ErrorNamesTheValueAndTheForm(string text)
    {
        var result = await ScalarSchema.RunAsync($"{{ twice(period: \"{text}\") }}");
        result.FirstError().ShouldContain($"\"{text}\"");
        result.FirstError().ShouldContain("ISO-8601 period");
    }

    [Fact]
    public async Task ParseValue_MalformedVariable_ErrorNamesTheValue()
    {
        var result = await ScalarSchema.RunAsync("query($p: Period!) { twice(period: $p) }", new() { ["p"] = "3 years" });
        result.FirstError().ShouldContain("$p");
        result.FirstError().ShouldContain("\"3 years\"");
    }

    [Fact]
    public void Serialize_NotAPeriod_Throws()
    {
        Should.Throw<Cpd.GraphQL.Errors.GraphQLException>(() => new PeriodType().Serialize(Duration.FromDays(1))).Message.ShouldContain("not a Period");
    }
}
