using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Types;

public sealed class ScalarTypeTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1L, 1)]
    [InlineData((short)-7, -7)]
    [InlineData(3.0d, 3)]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    [InlineData("123", 123)]
    public void Serialize_IntAcceptedValues_ReturnsInt(object value, int expected) =>
        ScalarType.Int.Serialize(value).ShouldBe(expected);

    [Theory]
    [InlineData(1.5d, "Int cannot represent non-integer value: 1.5")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649d, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    public void Serialize_IntInvalid_ThrowsGraphQLMessage(object value, string message) =>
        Should.Throw<GraphQLException>(() => ScalarType.Int.Serialize(value)).Message.ShouldBe(message);

    [Fact]
    public void ParseValue_IntFromJsonLong_ReturnsBoxedInt() =>
        ScalarType.Int.ParseValue(42L).ShouldBeOfType<int>().ShouldBe(42);

    [Theory]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    [InlineData("1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData(1e10, "Int cannot represent non 32-bit signed integer value: 10000000000")]
    public void ParseValue_IntInvalid_Throws(object value, string message) =>
        Should.Throw<GraphQLException>(() => ScalarType.Int.ParseValue(value)).Message.ShouldBe(message);

    [Theory]
    [InlineData("2147483647", 2147483647)]
    [InlineData("-2147483648", -2147483648)]
    public void ParseLiteral_IntInRange_ReturnsInt(string text, int expected) =>
        ScalarType.Int.ParseLiteral(Parser.ParseValue(text)).ShouldBe(expected);

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    public void ParseLiteral_IntInvalid_Throws(string text, string message) =>
        Should.Throw<GraphQLException>(() => ScalarType.Int.ParseLiteral(Parser.ParseValue(text))).Message.ShouldBe(message);

    [Fact]
    public void Serialize_FloatNonFinite_Throws() =>
        Should.Throw<GraphQLException>(() => ScalarType.Float.Serialize(double.NaN)).Message.ShouldBe("Float cannot represent non numeric value: NaN");

    [Theory]
    [InlineData("1", 1d)]
    [InlineData("1.5e3", 1500d)]
    public void ParseLiteral_FloatFromIntOrFloat_ReturnsDouble(string text, double expected) =>
        ScalarType.Float.ParseLiteral(Parser.ParseValue(text)).ShouldBe(expected);

    [Fact]
    public void Serialize_FloatFromDecimal_ReturnsDouble() =>
        ScalarType.Float.Serialize(1.25m).ShouldBe(1.25d);

    [Fact]
    public void Serialize_StringFromBooleanAndNumber_ReturnsText()
    {
        ScalarType.String.Serialize(true).ShouldBe("true");
        ScalarType.String.Serialize(12).ShouldBe("12");
        ScalarType.String.Serialize(1.5d).ShouldBe("1.5");
    }

    [Fact]
    public void ParseValue_StringFromNumber_Throws() =>
        Should.Throw<GraphQLException>(() => ScalarType.String.ParseValue(1L)).Message.ShouldBe("String cannot represent a non string value: 1");

    [Fact]
    public void Serialize_BooleanFromNumber_ReturnsTruthiness()
    {
        ScalarType.Boolean.Serialize(0).ShouldBe(false);
        ScalarType.Boolean.Serialize(2.5d).ShouldBe(true);
        Should.Throw<GraphQLException>(() => ScalarType.Boolean.Serialize("true")).Message.ShouldBe("Boolean cannot represent a non boolean value: \"true\"");
    }

    [Fact]
    public void ParseValueAndLiteral_ID_AcceptStringsAndIntegers()
    {
        ScalarType.ID.ParseValue(4L).ShouldBe("4");
        ScalarType.ID.ParseValue("x").ShouldBe("x");
        ScalarType.ID.ParseLiteral(Parser.ParseValue("17")).ShouldBe("17");
        Should.Throw<GraphQLException>(() => ScalarType.ID.ParseLiteral(Parser.ParseValue("1.5")))
            .Message.ShouldBe("ID cannot represent a non-string and non-integer value: 1.5");
        Should.Throw<GraphQLException>(() => ScalarType.ID.ParseValue(1.5d)).Message.ShouldBe("ID cannot represent value: 1.5");
    }

    [Fact]
    public void Serialize_IDFromGuid_ReturnsString()
    {
        var id = Guid.Parse("5b0d7a7c-8c57-4f3c-a4f6-2c1f3b8e9a10");
        ScalarType.ID.Serialize(id).ShouldBe("5b0d7a7c-8c57-4f3c-a4f6-2c1f3b8e9a10");
    }

    [Fact]
    public void ValueToLiteral_ID_UsesIntLiteralForIntegerText()
    {
        Printer.Print(ScalarType.ID.ValueToLiteral("123")!).ShouldBe("123");
        Printer.Print(ScalarType.ID.ValueToLiteral("01")!).ShouldBe("\"01\"");
    }

    [Fact]
    public void CustomScalar_WithoutCoercions_PassesValuesThroughAndReadsLiteralsUntyped()
    {
        var json = new ScalarType("JSON", specifiedByUrl: "https://example.com/json");
        json.Serialize("x").ShouldBe("x");
        var literal = (IReadOnlyDictionary<string, object?>)json.ParseLiteral(Parser.ParseValue("{a: [1, \"b\"], c: $v}"), new Dictionary<string, object?> { ["v"] = true })!;
        literal["a"].ShouldBe(new object?[] { 1, "b" });
        literal["c"].ShouldBe(true);
        json.SpecifiedByUrl.ShouldBe("https://example.com/json");
        json.IsSpecified.ShouldBeFalse();
        ScalarType.Int.IsSpecified.ShouldBeTrue();
    }
}
