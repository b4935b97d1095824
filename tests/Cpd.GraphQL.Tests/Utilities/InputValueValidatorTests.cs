using System.Text.Json;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Tests.Utilities;

// Expected errors (message @ path) and coerced values are graphql-js 17.1.0's validateInputValue,
// validateInputLiteral and coerceInputLiteral output for the same schema and values.
public sealed class InputValueValidatorTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.New().AddDocumentFromString("""
        enum Color { RED GREEN BLUE }
        input Point { x: Int! y: Int! = 0 label: String }
        input Pick @oneOf { a: Int b: String }
        input Nested { points: [Point!]! color: Color }
        type Query { f(a: Int): Int }
        """).Build();

    [Theory]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5 @")]
    [InlineData("Int!", "null", "Expected value of non-null type \"Int!\" not to be null. @")]
    [InlineData("[Int]", "[1, \"x\", 3]", "Int cannot represent non-integer value: \"x\" @1")]
    [InlineData("Point", "{\"x\": 1, \"z\": 2}", "Expected value of type \"Point\" not to include unknown field \"z\". Did you mean \"x\" or \"y\"? Found: { x: 1, z: 2 }. @")]
    [InlineData("Point", "{\"y\": 1}", "Expected value of type \"Point\" to include required field \"x\", found: { y: 1 }. @")]
    [InlineData("Point", "\"str\"", "Expected value of type \"Point\" to be an object, found: \"str\". @")]
    [InlineData("Pick", "{\"a\": 1, \"b\": \"x\"}", "Within OneOf Input Object type \"Pick\", exactly one field must be specified, and the value for that field must be non-null. @")]
    [InlineData("Pick", "{\"a\": null}", "Within OneOf Input Object type \"Pick\", exactly one field must be specified, and the value for that field must be non-null. @a")]
    [InlineData("Color", "\"PURPLE\"", "Value \"PURPLE\" does not exist in \"Color\" enum. @")]
    [InlineData("Color", "\"GREN\"", "Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"? @")]
    [InlineData("Color", "1", "Enum \"Color\" cannot represent non-string value: 1. @")]
    [InlineData("Nested", "{\"points\": [{\"x\": \"a\"}], \"color\": \"RED\"}", "Int cannot represent non-integer value: \"a\" @points/0/x")]
    [InlineData("Point", "{\"x\": 1, \"lable\": \"l\"}", "Expected value of type \"Point\" not to include unknown field \"lable\". Did you mean \"label\"? Found: { x: 1, lable: \"l\" }. @")]
    public void ValidateInputValue_InvalidValues_ReportGraphQLJsMessagesAndPaths(string type, string json, string expected)
    {
        var inputType = (IInputType)TypeFromAst.GetType(Schema, Parser.ParseType(type))!;
        var value = JsonInput.Decode(json);

        Errors(report => InputValueValidator.ValidateInputValue(value, inputType, report)).ShouldBe(expected);
        InputValueCoercer.TryCoerce(value, inputType, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5 @", "UNDEFINED")]
    [InlineData("Int!", "null", "Expected value of non-null type \"Int!\" not to be null. @", "UNDEFINED")]
    [InlineData("[Int]", "[1, \"x\", 3]", "Int cannot represent non-integer value: \"x\" @1", "UNDEFINED")]
    [InlineData("Point", "{x: 1, z: 2}", "Expected value of type \"Point\" not to include unknown field \"z\". Did you mean \"x\" or \"y\"? Found: { x: 1, z: 2 }. @", "UNDEFINED")]
    [InlineData("Point", "{y: 1}", "Expected value of type \"Point\" to include required field \"x\", found: { y: 1 }. @", "UNDEFINED")]
    [InlineData("Point", "\"str\"", "Expected value of type \"Point\" to be an object, found: \"str\". @", "UNDEFINED")]
    [InlineData("Pick", "{a: 1, b: \"x\"}", "Within OneOf Input Object type \"Pick\", exactly one field must be specified, and the value for that field must be non-null. @", "UNDEFINED")]
    [InlineData("Pick", "{a: null}", "Within OneOf Input Object type \"Pick\", exactly one field must be specified, and the value for that field must be non-null. @a", "UNDEFINED")]
    [InlineData("Color", "PURPLE", "Value \"PURPLE\" does not exist in \"Color\" enum. @", "UNDEFINED")]
    [InlineData("Color", "\"RED\"", "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"? @", "UNDEFINED")]
    [InlineData("Nested", "{points: [{x: \"a\"}], color: RED}", "Int cannot represent non-integer value: \"a\" @points/0/x", "UNDEFINED")]
    [InlineData("Point", "{x: 1, lable: \"l\"}", "Expected value of type \"Point\" not to include unknown field \"lable\". Did you mean \"label\"? Found: { x: 1, lable: \"l\" }. @", "UNDEFINED")]
    [InlineData("[Int]", "4", "", "[4]")]
    [InlineData("Point", "{x: 2}", "", "{\"x\":2,\"y\":0}")]
    public void ValidateInputLiteral_Literals_ReportGraphQLJsMessagesAndCoerceAlike(string type, string literal, string expected, string coerced)
    {
        var inputType = (IInputType)TypeFromAst.GetType(Schema, Parser.ParseType(type))!;
        var node = Parser.ParseValue(literal);

        Errors(report => InputValueValidator.ValidateInputLiteral(node, inputType, report)).ShouldBe(expected);
        var ok = ValueFromAst.TryGetValue(node, inputType, null, out var value);
        (ok ? JsonSerializer.Serialize(value) : "UNDEFINED").ShouldBe(coerced);
    }

    [Fact]
    public void ValidateInputValue_MissingNonNull_ReportsNotProvided()
    {
        var errors = Errors(report => InputValueValidator.ValidateInputValue(null, new NonNullType(ScalarType.Int), report, isProvided: false));
        errors.ShouldBe("Expected a value of non-null type \"Int!\" to be provided. @");
    }

    [Fact]
    public void ValidateInputLiteral_VariablesWithRuntimeValues_ChecksNonNullPositions()
    {
        var variables = new Dictionary<string, object?> { ["v"] = null };
        var errors = Errors(report => InputValueValidator.ValidateInputLiteral(Parser.ParseValue("$v"), new NonNullType(ScalarType.Int), report, variables));
        errors.ShouldBe("Expected variable \"$v\" provided to non-null type \"Int!\" not to be null. @");
        InputValueValidator.IsValidLiteral(Parser.ParseValue("$v"), new NonNullType(ScalarType.Int)).ShouldBeTrue();
    }

    [Fact]
    public void TryCoerce_ValidNestedValue_AppliesDefaultsAndWrapsSingleItems()
    {
        var nested = (IInputType)Schema.GetType("Nested")!;
        InputValueCoercer.TryCoerce(JsonInput.Decode("""{"points": {"x": 3}, "color": "BLUE"}"""), nested, out var value).ShouldBeTrue();
        JsonSerializer.Serialize(value).ShouldBe("""{"points":[{"x":3,"y":0}],"color":"BLUE"}""");
    }

    private static string Errors(Action<Action<Cpd.GraphQL.Errors.GraphQLError, IReadOnlyList<object>>> validate)
    {
        var errors = new List<string>();
        validate((error, path) => errors.Add(error.Message + " @" + string.Join("/", path)));
        return string.Join(" | ", errors);
    }
}
