using Cpd.GraphQL.Errors;
using static Cpd.GraphQL.Tests.Execution.ExecutionHarness;

namespace Cpd.GraphQL.Tests.Execution;

/// <summary>Abstract type resolution (spec 6.4.3 ResolveAbstractType) and field errors (6.4.4); expectations from graphql-js 17.1.</summary>
public sealed partial class ExecutorTests
{
    private static readonly Lazy<GraphQL.Types.GraphQLSchema> PetSchema = new(() => Schema(
        """
        interface Pet { name: String! }
        type Dog implements Pet { name: String! barks: Boolean }
        type Cat implements Pet { name: String! meows: Boolean }
        type Bird { name: String! }
        union Animal = Dog | Cat
        type Query { pets: [Pet] animals: [Animal!]! bad: Pet wrong: Pet items: [Item!] }
        type Item { id: Int! name: String }
        """,
        ("Query", "pets", Sync(_ => new[] { Object(("__typename", "Dog"), ("name", "Rex"), ("barks", true)), Object(("__typename", "Cat"), ("name", "Tom"), ("meows", false)) })),
        ("Query", "animals", Sync(_ => new[] { Object(("__typename", "Cat"), ("name", "Tom"), ("meows", true)), Object(("__typename", "Dog"), ("name", "Rex"), ("barks", false)) })),
        ("Query", "bad", Sync(_ => Object(("name", "x")))),
        ("Query", "wrong", Sync(_ => Object(("__typename", "Bird"), ("name", "x")))),
        ("Query", "items", Sync(_ => new[] { Object(("id", 1)), Object(("id", 2), ("name", "two")) })),
        ("Item", "name", Sync(c =>
        {
            var item = c.Parent<IReadOnlyDictionary<string, object?>>();
            return (int)item["id"]! == 1 ? throw new InvalidOperationException("no name for 1") : item["name"];
        }))));

    [Theory]
    [InlineData(
        "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } }",
        """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false}]}}""")]
    [InlineData(
        "{ animals { ... on Pet { name } ... on Dog { barks } } }",
        """{"data":{"animals":[{"name":"Tom"},{"name":"Rex","barks":false}]}}""")]
    [InlineData(
        "{ bad { name } }",
        """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.bad\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["bad"]}],"data":{"bad":null}}""")]
    [InlineData(
        "{ wrong { name } }",
        """{"errors":[{"message":"Runtime Object type \"Bird\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":3}],"path":["wrong"]}],"data":{"wrong":null}}""")]
    [InlineData(
        "{ items { id name } }",
        """{"errors":[{"message":"no name for 1","locations":[{"line":1,"column":14}],"path":["items",0,"name"]}],"data":{"items":[{"id":1,"name":null},{"id":2,"name":"two"}]}}""")]
    [InlineData(
        "{ __typename }",
        """{"data":{"__typename":"Query"}}""")]
    public async Task ExecuteAsync_AbstractTypesAndFieldErrors_MatchGraphQLJs(string query, string expected)
    {
        var json = await ExecuteJsonAsync(PetSchema.Value, query);

        json.ShouldBe(expected);
    }

    [Theory]
    [InlineData("query A { __typename } query B { __typename }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { __typename }", "B", "Unknown operation named \"B\".")]
    [InlineData("fragment F on Query { __typename }", null, "Must provide an operation.")]
    public async Task ExecuteAsync_OperationCannotBeSelected_IsARequestError(string query, string? operationName, string message)
    {
        var result = await ExecuteAsync(PetSchema.Value, query, operationName: operationName);

        result.HasData.ShouldBeFalse();
        result.ToJson().ShouldBe($$"""{"errors":[{"message":"{{message.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_OperationName_SelectsThatOperation()
    {
        var json = await ExecuteJsonAsync(PetSchema.Value, "query A { a: __typename } query B { b: __typename }", operationName: "B");

        json.ShouldBe("""{"data":{"b":"Query"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_MutationWithoutMutationType_IsAnErrorWithNullData()
    {
        var json = await ExecuteJsonAsync(PetSchema.Value, "mutation { x }");

        json.ShouldBe("""{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}""");
    }

    [Fact]
    public async Task ExecuteAsync_ResolverThrowsWithInnerException_ReportsOnlyTheMessage()
    {
        var schema = Schema(
            "type Query { a: String b: String }",
            ("Query", "a", Sync(_ => throw new InvalidOperationException("outer", new FormatException("inner secret")))),
            ("Query", "b", Sync(_ => "fine")));

        var json = await ExecuteJsonAsync(schema, "{ a b }");

        json.ShouldBe("""{"errors":[{"message":"outer","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":null,"b":"fine"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_UnexpectedErrorFilter_ReplacesOnlyTheErrorsOfThrownExceptions()
    {
        var schema = Schema(
            "type Query { a: String b: String c: String }",
            ("Query", "a", Sync(_ => throw new InvalidOperationException("secret detail"))),
            ("Query", "b", Async(_ => throw new FormatException("async secret"))),
            ("Query", "c", Sync(_ => throw new GraphQLException(new GraphQLError("meant for clients")))));
        var seen = new List<(string Type, string Path)>();
        var request = new Cpd.GraphQL.Execution.ExecutionRequest(schema, Cpd.GraphQL.Language.Parser.Parse("{ a b c }"))
        {
            UnexpectedErrorFilter = (exception, error) =>
            {
                lock (seen)
                {
                    seen.Add((exception.GetType().Name, string.Join('.', error.Path!)));
                }

                return new GraphQLError("hidden", error.Locations, error.Path);
            },
        };

        var result = await Cpd.GraphQL.Execution.Executor.ExecuteAsync(request);

        result.ToJson().ShouldContain("""
            "data":{"a":null,"b":null,"c":null}
            """);
        result.Errors!.OrderBy(e => (string)e.Path![0]).Select(e => $"{e.Path![0]}: {e.Message} {e.Locations![0].Column}")
            .ShouldBe(["a: hidden 3", "b: hidden 5", "c: meant for clients 7"]);
        seen.OrderBy(s => s.Path).ShouldBe([("InvalidOperationException", "a"), ("FormatException", "b")]);
    }

    [Fact]
    public async Task ExecuteAsync_AsyncResolverThrowsInAList_ReportsTheItemPath()
    {
        var schema = Schema(
            "type Query { items: [Item] } type Item { name: String! }",
            ("Query", "items", Async(_ => new[] { "a", "b", "c" })),
            ("Item", "name", async c =>
            {
                await Task.Yield();
                return (string)c.Source! == "b" ? throw new GraphQLException(new GraphQLError("b failed", extensions: new Dictionary<string, object?> { ["code"] = "B" })) : c.Source;
            }));

        var json = await ExecuteJsonAsync(schema, "{ items { name } }");

        json.ShouldBe("""{"errors":[{"message":"b failed","locations":[{"line":1,"column":11}],"path":["items",1,"name"],"extensions":{"code":"B"}}],"data":{"items":[{"name":"a"},null,{"name":"c"}]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ReportError_AddsAnErrorAndKeepsTheValue()
    {
        var schema = Schema(
            "type Query { a: String }",
            ("Query", "a", Sync(c =>
            {
                c.ReportError(new GraphQLError("partial"));
                return "value";
            })));

        var json = await ExecuteJsonAsync(schema, "{ a }");

        json.ShouldBe("""{"errors":[{"message":"partial","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":"value"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ListResolverReturnsAString_IsAnIterableError()
    {
        var schema = Schema("type Query { l: [String] }", ("Query", "l", Sync(_ => "abc")));

        var json = await ExecuteJsonAsync(schema, "{ l }");

        json.ShouldBe("""{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.l\".","locations":[{"line":1,"column":3}],"path":["l"]}],"data":{"l":null}}""");
    }

    [Fact]
    public async Task ExecuteAsync_LeafCannotBeSerialized_IsAFieldError()
    {
        var schema = Schema("type Query { n: Int }", ("Query", "n", Sync(_ => 1.5)));

        var json = await ExecuteJsonAsync(schema, "{ n }");

        json.ShouldBe("""{"errors":[{"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":3}],"path":["n"]}],"data":{"n":null}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SiblingAfterFailedNonNullField_IsNotExecuted()
    {
        var executed = false;
        var schema = Schema(
            "type Query { o: O } type O { a: String! b: String }",
            ("Query", "o", Sync(_ => Object())),
            ("O", "a", Sync(_ => null)),
            ("O", "b", Sync(_ =>
            {
                executed = true;
                return "b";
            })));

        var json = await ExecuteJsonAsync(schema, "{ o { a b } }");

        json.ShouldBe("""{"errors":[{"message":"Cannot return null for non-nullable field O.a.","locations":[{"line":1,"column":7}],"path":["o","a"]}],"data":{"o":null}}""");
        executed.ShouldBeFalse();
    }
}
