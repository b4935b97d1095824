using System.Globalization;
using System.Text;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Execution;
using FsCheck;
using FsCheck.Fluent;

namespace Cpd.GraphQL.Tests.Execution;

public sealed class ExecutionResultTests
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-0.0, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(-2.25, "-2.25")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-1.25e-10, "-1.25e-10")]
    [InlineData(0.000123, "0.000123")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(9007199254740993.0, "9007199254740992")]
    [InlineData(3.28084, "3.28084")]
    public void ToJson_Float_IsWrittenAsJavaScriptWritesIt(double value, string expected)
    {
        var result = ExecutionResult.FromData(Map(("f", value)));

        result.ToJson().ShouldBe("{\"data\":{\"f\":" + expected + "}}");
    }

    [Fact]
    public void ToJson_AnyFiniteDouble_RoundTrips()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<NormalFloat>(),
            value =>
            {
                var json = ExecutionResult.FromData(Map(("f", value.Get))).ToJson();
                var text = json["{\"data\":{\"f\":".Length..^2];
                return double.Parse(text, CultureInfo.InvariantCulture) == (value.Get == 0 ? 0 : value.Get) && !text.Contains('E', StringComparison.Ordinal);
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ToJson_ErrorsAndData_WritesErrorsFirstThenDataThenExtensions()
    {
        var result = ExecutionResult.FromData(
            Map(("a", null)),
            [new GraphQLError("boom", [new SourceLocation(1, 3)], ["a"], new Dictionary<string, object?> { ["code"] = "X" })],
            new Dictionary<string, object?> { ["cost"] = 3 });

        result.ToJson().ShouldBe("""{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"X"}}],"data":{"a":null},"extensions":{"cost":3}}""");
    }

    [Fact]
    public void ToJson_NonAsciiAndHtmlCharacters_AreNotEscaped()
    {
        var result = ExecutionResult.FromData(Map(("s", "café <b> & \"q\"")));

        result.ToJson().ShouldBe("""{"data":{"s":"café <b> & \"q\""}}""");
    }

    [Fact]
    public async Task WriteToAsync_Stream_WritesTheSameUtf8AsToJson()
    {
        var result = ExecutionResult.FromData(Map(("list", new object?[] { 1, "two", Map(("x", true)) })));
        using var stream = new MemoryStream();

        await result.WriteToAsync(stream);

        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe("""{"data":{"list":[1,"two",{"x":true}]}}""");
        result.ToJson().ShouldBe(Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void FromRequestErrors_NoErrors_Throws() =>
        Should.Throw<ArgumentException>(() => ExecutionResult.FromRequestErrors([]));

    [Fact]
    public void ResultMap_Lookup_FindsValuesByKeyInOrder()
    {
        var map = Map(("a", 1), ("b", "x"));

        map["b"].ShouldBe("x");
        map.TryGetValue("c", out _).ShouldBeFalse();
        map.Select(p => p.Key).ShouldBe(["a", "b"]);
        Should.Throw<KeyNotFoundException>(() => map["c"]);
    }

    private static ResultMap Map(params (string Key, object? Value)[] entries) =>
        new([.. entries.Select(e => e.Key)], [.. entries.Select(e => e.Value)]);
}
