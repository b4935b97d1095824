using System.Net;
using System.Text;
using Cpd.GraphQL.AspNetCore.Tests.Support;

namespace Cpd.GraphQL.AspNetCore.Tests.Execution;

/// <summary>Each limit at its maximum (accepted) and one past it (a GraphQL error coded LIMIT_EXCEEDED, never a 500).</summary>
public sealed class OperationLimitsTests
{
    [Theory]
    [InlineData(2, "{ items(first: 1) { id } }", true)]
    [InlineData(2, "{ items(first: 1) { items(first: 1) { id } } }", false)]
    [InlineData(3, "{ items(first: 1) { ...F } } fragment F on Item { items(first: 1) { id } }", true)]
    [InlineData(3, "{ items(first: 1) { ...F } } fragment F on Item { items(first: 1) { items(first: 1) { id } } }", false)]
    public async Task Check_Depth_AcceptsTheLimitAndRefusesOneMore(int maxDepth, string query, bool accepted) =>
        await AssertLimitAsync(o => o.MaxDepth = maxDepth, query, accepted, "depth");

    [Theory]
    [InlineData("{ items(first: 1) { id ...F ...F } } fragment F on Item { id }", true)]
    [InlineData("{ items(first: 1) { id ...F ...F ...F } } fragment F on Item { id }", false)]
    public async Task Check_FieldsAfterFragmentExpansion_AcceptsTheLimitAndRefusesOneMore(string query, bool accepted) =>
        await AssertLimitAsync(o => o.MaxFields = 4, query, accepted, "fields");

    [Theory]
    [InlineData("{ a: hello b: hello }", true)]
    [InlineData("{ a: hello b: hello c: hello }", false)]
    [InlineData("{ ...F ...F } fragment F on Query { a: hello }", true)]
    [InlineData("{ ...F ...F ...F } fragment F on Query { a: hello }", false)]
    public async Task Check_Aliases_AcceptsTheLimitAndRefusesOneMore(string query, bool accepted) =>
        await AssertLimitAsync(o => o.MaxAliases = 2, query, accepted, "aliases");

    [Theory]
    [InlineData(20, "{ items(first: 19) { id } }", true)]
    [InlineData(20, "{ items(first: 20) { id } }", false)]
    [InlineData(20, "{ items(last: 19) { id } }", true)]
    [InlineData(20, "{ items(last: 20) { id } }", false)]
    [InlineData(35, "{ items { items { id } } hello hello hello hello }", true)] // 1 + 5 + 5 * 5 (default page size 5) + 4
    [InlineData(35, "{ items { items { id } } hello hello hello hello hello }", false)]
    public async Task Check_Cost_AcceptsTheLimitAndRefusesOneMore(int maxCost, string query, bool accepted) =>
        await AssertLimitAsync(o => (o.MaxCost, o.DefaultPageSize) = (maxCost, 5), query, accepted, "cost");

    [Fact]
    public async Task Check_CostFromAVariable_IsCheckedForEachRequest()
    {
        await using var server = await LoopbackServer.StartAsync(o => o.MaxCost = 20);
        const string Query = "query Page($n: Int) { items(first: $n) { id } }";

        var within = await server.PostAsync(Query, new { n = 19 });
        var beyond = await server.PostAsync(Query, new { n = 20 });

        within.Json["errors"].ShouldBeNull();
        beyond.FirstErrorCode.ShouldBe(HttpErrorCodes.LimitExceeded);
    }

    [Fact]
    public async Task Check_IntrospectionQuery_FitsTheDefaultLimits()
    {
        await using var server = await LoopbackServer.StartAsync();

        var answer = await server.PostAsync(IntrospectionQuery);

        answer.Json["errors"].ShouldBeNull();
        answer.Json["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>().ShouldBe("Query");
    }

    [Theory]
    [InlineData("{ hello }", true)]
    [InlineData("{ hello boom }", false)]
    public async Task Parse_Tokens_AcceptsTheLimitAndRefusesOneMore(string query, bool accepted)
    {
        await using var server = await LoopbackServer.StartAsync(o => o.MaxTokens = 3);

        var answer = await server.PostAsync(query, accept: "application/graphql-response+json");

        if (accepted)
        {
            answer.Status.ShouldBe(HttpStatusCode.OK);
            answer.Json["errors"].ShouldBeNull();
        }
        else
        {
            answer.Status.ShouldBe(HttpStatusCode.BadRequest);
            answer.FirstErrorMessage.ShouldBe("Syntax Error: Document contains more than 3 tokens. Parsing aborted.");
        }
    }

    [Theory]
    [InlineData(0, HttpStatusCode.OK)]
    [InlineData(1, HttpStatusCode.RequestEntityTooLarge)]
    public async Task ReadBody_Size_AcceptsTheLimitAndRefusesOneMore(int extraBytes, HttpStatusCode expected)
    {
        await using var server = await LoopbackServer.StartAsync(o => o.MaxRequestBodySize = 100);
        var prefix = """{"query":"{ hello }""";
        var body = prefix + new string(' ', 100 - prefix.Length - 2 + extraBytes) + "\"}";
        Encoding.UTF8.GetByteCount(body).ShouldBe(100 + extraBytes);

        var answer = await server.PostRawAsync(body);

        answer.Status.ShouldBe(expected);
        if (expected == HttpStatusCode.OK)
        {
            answer.Body.ShouldBe("""{"data":{"hello":"Hello, world!"}}""");
        }
        else
        {
            answer.FirstErrorCode.ShouldBe(HttpErrorCodes.PayloadTooLarge);
            answer.FirstErrorMessage.ShouldBe("The request body is larger than the limit of 100 bytes.");
        }
    }

    [Fact]
    public async Task Execute_BeyondTheTimeout_AnswersATimeoutErrorAndCancelsTheResolver()
    {
        await using var server = await LoopbackServer.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(50));

        var answer = await server.PostAsync("{ wait }", accept: "application/graphql-response+json");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Body.ShouldBe("""{"errors":[{"message":"The operation did not complete within the limit of 0.05 seconds.","extensions":{"code":"TIMEOUT","limit":"timeout"}}],"data":null}""");
        server.Services.GetTestService<TestSchema.Probe>().Cancelled.Task.IsCompleted.ShouldBeTrue();
    }

    [Fact]
    public async Task Execute_WithinTheTimeout_AnswersData()
    {
        await using var server = await LoopbackServer.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMinutes(5));

        var answer = await server.PostAsync("{ parents(count: 2) { child { id } } }");

        answer.Body.ShouldBe("""{"data":{"parents":[{"child":{"id":10}},{"child":{"id":20}}]}}""");
    }

    private static async Task AssertLimitAsync(Action<GraphQLServerOptions> options, string query, bool accepted, string limit)
    {
        await using var server = await LoopbackServer.StartAsync(options);

        var json = await server.PostAsync(query);
        var strict = await server.PostAsync(query, accept: "application/graphql-response+json");

        json.Status.ShouldBe(HttpStatusCode.OK);
        if (accepted)
        {
            json.Json["errors"].ShouldBeNull();
            strict.Status.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            json.Json["data"].ShouldBeNull();
            json.FirstErrorCode.ShouldBe(HttpErrorCodes.LimitExceeded);
            json.Json["errors"]![0]!["extensions"]!["limit"]!.GetValue<string>().ShouldBe(limit);
            strict.Status.ShouldBe(HttpStatusCode.BadRequest);
        }
    }

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
