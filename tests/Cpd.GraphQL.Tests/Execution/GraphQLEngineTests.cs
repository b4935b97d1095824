using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Language;
using static Cpd.GraphQL.Tests.Execution.ExecutionHarness;

namespace Cpd.GraphQL.Tests.Execution;

public sealed class GraphQLEngineTests
{
    private static readonly GraphQL.Types.GraphQLSchema HelloSchema = Schema(
        "type Query { hello(name: String = \"world\"): String! }",
        ("Query", "hello", Sync(c => "Hello, " + c.ArgumentValue<string>("name") + "!")));

    [Fact]
    public async Task ExecuteAsync_ValidQuery_ParsesValidatesAndExecutes()
    {
        var engine = new GraphQLEngine(HelloSchema);

        var result = await engine.ExecuteAsync("query ($n: String) { hello(name: $n) }", variables: Object(("n", "Ada")));

        result.ToJson().ShouldBe("""{"data":{"hello":"Hello, Ada!"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SameTextTwice_HitsTheDocumentCacheTheSecondTime()
    {
        var engine = new GraphQLEngine(HelloSchema);

        await engine.ExecuteAsync("{ hello }");
        var second = await engine.ExecuteAsync("{ hello }");

        engine.DocumentCacheMisses.ShouldBe(1);
        engine.DocumentCacheHits.ShouldBe(1);
        second.ToJson().ShouldBe("""{"data":{"hello":"Hello, world!"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_CacheFull_EvictsTheLeastRecentlyUsedDocument()
    {
        var engine = new GraphQLEngine(HelloSchema, new GraphQLEngineOptions { DocumentCacheSize = 2 });

        await engine.ExecuteAsync("{ a: hello }");
        await engine.ExecuteAsync("{ b: hello }");
        await engine.ExecuteAsync("{ a: hello }");
        await engine.ExecuteAsync("{ c: hello }");
        await engine.ExecuteAsync("{ a: hello }");
        await engine.ExecuteAsync("{ b: hello }");

        engine.CachedDocumentCount.ShouldBe(2);
        engine.DocumentCacheHits.ShouldBe(2);
        engine.DocumentCacheMisses.ShouldBe(4);
    }

    [Fact]
    public async Task ExecuteAsync_CacheDisabled_ParsesEveryTime()
    {
        var engine = new GraphQLEngine(HelloSchema, new GraphQLEngineOptions { DocumentCacheSize = 0 });

        await engine.ExecuteAsync("{ hello }");
        await engine.ExecuteAsync("{ hello }");

        engine.DocumentCacheMisses.ShouldBe(2);
        engine.CachedDocumentCount.ShouldBe(0);
    }

    [Fact]
    public async Task ExecuteAsync_SyntaxError_IsARequestErrorWithoutData()
    {
        var engine = new GraphQLEngine(HelloSchema);

        var result = await engine.ExecuteAsync("{ hello");

        result.HasData.ShouldBeFalse();
        result.ToJson().ShouldBe("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}]}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_ValidationError_IsARequestErrorWithoutData()
    {
        var engine = new GraphQLEngine(HelloSchema);

        var result = await engine.ExecuteAsync("{ goodbye }");

        result.HasData.ShouldBeFalse();
        result.ToJson().ShouldBe("""{"errors":[{"message":"Cannot query field \"goodbye\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_InvalidDocumentTwice_IsRejectedFromTheCache()
    {
        var engine = new GraphQLEngine(HelloSchema);

        await engine.ExecuteAsync("{ goodbye }");
        var second = await engine.ExecuteAsync("{ goodbye }");

        engine.DocumentCacheHits.ShouldBe(1);
        second.Errors!.Single().Message.ShouldBe("Cannot query field \"goodbye\" on type \"Query\".");
    }

    [Fact]
    public async Task ExecuteAsync_DocumentOverParserLimit_IsASyntaxError()
    {
        var engine = new GraphQLEngine(HelloSchema, new GraphQLEngineOptions { ParserOptions = new ParserOptions { MaxTokens = 3 } });

        var result = await engine.ExecuteAsync("{ a: hello b: hello }");

        result.HasData.ShouldBeFalse();
        result.Errors!.Single().Message.ShouldStartWith("Syntax Error:");
    }

    [Fact]
    public async Task ExecuteAsync_RequestWithRootValueAndContextData_PassesThemToResolvers()
    {
        var schema = Schema(
            "type Query { a: String }",
            ("Query", "a", Sync(c => (string)c.Source! + c.ContextData["suffix"])));
        var engine = new GraphQLEngine(schema);

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ a }") { RootValue = "root", ContextData = new Dictionary<string, object?> { ["suffix"] = "!" } });

        result.ToJson().ShouldBe("""{"data":{"a":"root!"}}""");
    }
}
