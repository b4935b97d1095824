using System.Text.Json;
using static Cpd.GraphQL.Tests.Execution.ExecutionHarness;

namespace Cpd.GraphQL.Tests.Execution;

/// <summary>CoerceVariableValues (spec 6.1.2) and CoerceArgumentValues (6.4.1), with graphql-js 17's messages.</summary>
public sealed partial class ExecutorTests
{
    public static TheoryData<string, string, string> InvalidVariables => new()
    {
        {
            "query ($v: Int) { echoInt(value: $v) }",
            """{"v":"x"}""",
            """{"errors":[{"message":"Variable \u0022$v\u0022 has invalid value: Int cannot represent non-integer value: \u0022x\u0022","locations":[{"line":1,"column":8}]}]}"""
        },
        {
            "query ($v: Int!) { echoInt(value: $v) }",
            "{}",
            """{"errors":[{"message":"Variable \u0022$v\u0022 has invalid value: Expected a value of non-null type \u0022Int!\u0022 to be provided.","locations":[{"line":1,"column":8}]}]}"""
        },
        {
            "query ($v: Int!) { echoInt(value: $v) }",
            """{"v":null}""",
            """{"errors":[{"message":"Variable \u0022$v\u0022 has invalid value: Expected value of non-null type \u0022Int!\u0022 not to be null.","locations":[{"line":1,"column":8}]}]}"""
        },
        {
            "query ($v: [Int!]) { echoInts(values: $v) }",
            """{"v":[1,null,"a"]}""",
            """{"errors":[{"message":"Variable \u0022$v\u0022 has invalid value at [1]: Expected value of non-null type \u0022Int!\u0022 not to be null.","locations":[{"line":1,"column":8}]},{"message":"Variable \u0022$v\u0022 has invalid value at [2]: Int cannot represent non-integer value: \u0022a\u0022","locations":[{"line":1,"column":8}]}]}"""
        },
        {
            "query ($p: Point!) { point(p: $p) }",
            """{"p":{"y":1,"z":2}}""",
            """{"errors":[{"message":"Variable \u0022$p\u0022 has invalid value: Expected value of type \u0022Point\u0022 to include required field \u0022x\u0022, found: { y: 1, z: 2 }.","locations":[{"line":1,"column":8}]},{"message":"Variable \u0022$p\u0022 has invalid value: Expected value of type \u0022Point\u0022 not to include unknown field \u0022z\u0022. Did you mean \u0022x\u0022 or \u0022y\u0022? Found: { y: 1, z: 2 }.","locations":[{"line":1,"column":8}]}]}"""
        },
        {
            "query ($c: Color) { color(c: $c) }",
            """{"c":"BLUE"}""",
            """{"errors":[{"message":"Variable \u0022$c\u0022 has invalid value: Value \u0022BLUE\u0022 does not exist in \u0022Color\u0022 enum.","locations":[{"line":1,"column":8}]}]}"""
        },
    };

    [Theory]
    [MemberData(nameof(InvalidVariables))]
    public async Task ExecuteAsync_InvalidVariable_ReturnsGraphQLJsErrorsWithoutData(string query, string variablesJson, string expected)
    {
        var variables = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variablesJson)!
            .ToDictionary(p => p.Key, p => (object?)p.Value);

        var json = await ExecuteJsonAsync(ExecutionTestSchema.Instance, query, variables);

        Unescape(json).ShouldBe(Unescape(expected));
    }

    [Fact]
    public async Task ExecuteAsync_VariablesAsClrValues_AreCoerced()
    {
        var json = await ExecuteJsonAsync(
            ExecutionTestSchema.Instance,
            "query ($v: [Int!], $p: Point!, $c: Color) { echoInts(values: $v) point(p: $p) color(c: $c) }",
            Object(("v", new object?[] { 1L, 2L }), ("p", Object(("x", 3L))), ("c", "GREEN")));

        json.ShouldBe("""{"data":{"echoInts":[1,2],"point":3,"color":"GREEN"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SingleValueForListVariable_IsCoercedToAListOfOne()
    {
        var json = await ExecuteJsonAsync(ExecutionTestSchema.Instance, "query ($v: [Int!]) { echoInts(values: $v) }", Object(("v", 7L)));

        json.ShouldBe("""{"data":{"echoInts":[7]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_VariableDefaultValue_IsUsedWhenNotProvided()
    {
        var json = await ExecuteJsonAsync(ExecutionTestSchema.Instance, "query ($v: Int = 42) { echoInt(value: $v) }");

        json.ShouldBe("""{"data":{"echoInt":42}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ExplicitNullVariable_OverridesTheDefault()
    {
        var json = await ExecuteJsonAsync(ExecutionTestSchema.Instance, "query ($v: Int = 42) { echoInt(value: $v) }", Object(("v", null)));

        json.ShouldBe("""{"data":{"echoInt":null}}""");
    }

    [Fact]
    public async Task ExecuteAsync_OneOfInputWithOneField_IsAccepted()
    {
        var json = await ExecuteJsonAsync(ExecutionTestSchema.Instance, "query ($b: By!) { by(by: $b) }", Object(("b", Object(("name", "Ada")))));

        json.ShouldBe("""{"data":{"by":"{\u0022name\u0022:\u0022Ada\u0022}"}}""".Replace("\\u0022", "\\\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_OneOfInputWithTwoFields_IsARequestError()
    {
        var result = await ExecuteAsync(ExecutionTestSchema.Instance, "query ($b: By!) { by(by: $b) }", Object(("b", Object(("id", "1"), ("name", "x")))));

        result.HasData.ShouldBeFalse();
        result.Errors!.Count.ShouldBe(1);
        result.Errors[0].Message.ShouldStartWith("Variable \"$b\" has invalid value: ");
    }

    [Fact]
    public async Task ExecuteAsync_InvalidArgumentLiteral_IsAFieldErrorAtTheArgument()
    {
        // Validation rejects this document; the executor still reports it as graphql-js's coerceArgument does.
        var json = await ExecuteJsonAsync(ExecutionTestSchema.Instance, "{ echoInt(value: 1.5) }");

        json.ShouldBe("""{"errors":[{"message":"Argument \u0022Query.echoInt(value:)\u0022 has invalid value: Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":18}],"path":["echoInt"]}],"data":{"echoInt":null}}""".Replace("\\u0022", "\\\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_MissingRequiredArgument_IsAFieldError()
    {
        var json = await ExecuteJsonAsync(ExecutionTestSchema.Instance, "{ req }");

        json.ShouldBe("""{"errors":[{"message":"Argument \"Query.req(x:)\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":3}],"path":["req"]}],"data":{"req":null}}""");
    }

    private static string Unescape(string json) => json.Replace("\\u0022", "\\\"", StringComparison.Ordinal);
}
