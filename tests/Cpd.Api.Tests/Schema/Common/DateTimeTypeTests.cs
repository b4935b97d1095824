using Cpd.Api.Schema.Common;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class DateTimeTypeTests
{
    [Fact]
    public async Task ParseLiteral_UtcInstant_IsReturnedInUtcWithZ()
    {
        var result = await ScalarSchema.RunAsync("{ hourLater(at: \"2026-11-22T09:30:00Z\") }");
        result.GetProperty("data").GetProperty("hourLater").GetString().ShouldBe("2026-11-22T10:30:00Z");
    }

    [Fact]
    public async Task ParseValue_OffsetVariable_IsAppliedAndReturnedInUtc()
    {
        var result = await ScalarSchema.RunAsync("query($t: DateTime!) { hourLater(at: $t) }", new() { ["t"] = "2026-06-01T10:15:30.25+01:00" });
        result.GetProperty("data").GetProperty("hourLater").GetString().ShouldBe("2026-06-01T10:15:30.25Z");
    }

    [Theory]
    [InlineData("2026-11-22T09:30:00")]
    [InlineData("2026-11-22")]
    [InlineData("2026-11-22 09:30:00Z")]
    [InlineData("yesterday")]
    public async Task ParseLiteral_NoOffsetOrMalformed_ErrorNamesTheValueAndTheForm(string text)
    {
        var result = await ScalarSchema.RunAsync($"{{ hourLater(at: \"{text}\") }}");
        result.FirstError().ShouldContain($"\"{text}\"");
        result.FirstError().ShouldContain("Z or an offset");
        result.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task ParseValue_MalformedVariable_ErrorNamesTheValue()
    {
        var result = await ScalarSchema.RunAsync("query($t: DateTime!) { hourLater(at: $t) }", new() { ["t"] = "2026-11-22T25:00:00Z" });
        result.FirstError().ShouldContain("$t");
        result.FirstError().ShouldContain("\"2026-11-22T25:00:00Z\"");
    }

    [Fact]
    public void Serialize_Instant_HasZAndOnlyTheFractionNeeded()
    {
        var scalar = new DateTimeType();
        scalar.Serialize(Instant.FromUtc(2026, 11, 22, 9, 30)).ShouldBe("2026-11-22T09:30:00Z");
        scalar.Serialize(Instant.FromUtc(2026, 11, 22, 9, 30).PlusTicks(1)).ShouldBe("2026-11-22T09:30:00.0000001Z");
    }
}
