using System.Text.Json;
using Cpd.Client.Errors;
using Cpd.Client.Tests.Support;

namespace Cpd.Client.Tests.Transport;

/// <summary>What goes over the wire for <see cref="CpdClient.ExecuteAsync{T}(string, IReadOnlyDictionary{string, object?}?, CancellationToken)"/>.</summary>
public sealed class CpdClientTransportTests : IAsyncLifetime
{
    private ScriptedServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_Query_PostsGraphQLJsonWithBearerKeyAndNoIdempotencyKey()
    {
        _server.ThenData("{\"hello\":\"world\"}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var data = await client.ExecuteAsync<JsonElement>("query Hello($name: String) { hello(name: $name) }", new Dictionary<string, object?> { ["name"] = "Ada" });

        data.GetProperty("hello").GetString().ShouldBe("world");
        var request = _server.Requests.ShouldHaveSingleItem();
        request.ContentType.ShouldBe("application/json; charset=utf-8");
        request.Accept.ShouldStartWith("application/graphql-response+json");
        request.Accept.ShouldContain("application/json; q=0.9");
        request.Authorization.ShouldBe("Bearer " + TestClients.ApiKey);
        request.IdempotencyKey.ShouldBeNull();
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("query").GetString().ShouldBe("query Hello($name: String) { hello(name: $name) }");
        body.RootElement.GetProperty("variables").GetProperty("name").GetString().ShouldBe("Ada");
    }

    [Fact]
    public async Task ExecuteAsync_Mutation_CarriesAGuidIdempotencyKeyThatDiffersPerCall()
    {
        _server.ThenData("{\"a\":1}").ThenData("{\"a\":2}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        await client.ExecuteAsync<JsonElement>("mutation { a }");
        await client.ExecuteAsync<JsonElement>("mutation Named { a }");

        var keys = _server.Requests.Select(r => r.IdempotencyKey).ToList();
        keys.ShouldAllBe(k => k != null && Guid.Parse(k) != Guid.Empty);
        keys.Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task ExecuteAsync_BclScalars_WriteDateAsIsoDayAndInstantAsIso8601AndReadThemBack()
    {
        _server.ThenData("{\"day\":\"2026-11-22\",\"at\":\"2026-11-22T05:30:00Z\",\"name\":\"x\"}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o => o.TypeInfoResolver = TestJsonContext.Default));

        var data = await client.ExecuteAsync<EchoData>(
            "query($d: Date!, $t: DateTime!) { day: echoDate(d: $d) at: echoInstant(t: $t) name }",
            new Dictionary<string, object?> { ["d"] = new DateOnly(2026, 11, 22), ["t"] = new DateTimeOffset(2026, 11, 22, 5, 30, 0, TimeSpan.Zero), ["n"] = 1.5m });

        data.ShouldBe(new EchoData(new DateOnly(2026, 11, 22), new DateTimeOffset(2026, 11, 22, 5, 30, 0, TimeSpan.Zero), "x"));
        using var body = JsonDocument.Parse(_server.Requests.Single().Body);
        var variables = body.RootElement.GetProperty("variables");
        variables.GetProperty("d").GetString().ShouldBe("2026-11-22");
        variables.GetProperty("t").GetString().ShouldBe("2026-11-22T05:30:00+00:00");
        variables.GetProperty("n").GetDecimal().ShouldBe(1.5m);
    }

    [Fact]
    public async Task ExecuteAsync_TypeUnknownToEveryResolver_ThrowsInvalidOperationBeforeSending()
    {
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => client.ExecuteAsync<HelloData>("{ hello }"));

        ex.Message.ShouldContain("TypeInfoResolver");
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task ExecuteAsync_ExplicitTypeInfo_DeserializesData()
    {
        _server.ThenData("{\"hello\":\"world\"}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var data = await client.ExecuteAsync("{ hello }", null, TestJsonContext.Default.HelloData);

        data.ShouldBe(new HelloData("world"));
        _server.Requests.Single().Body.ShouldNotContain("variables");
    }

    [Fact]
    public async Task ExecuteAsync_OwnHttpClient_SendsThroughIt()
    {
        _server.ThenData("{\"hello\":\"world\"}");
        using var http = new HttpClient();
        using var client = new CpdClient(http, TestClients.Options(_server.Endpoint));

        var data = await client.ExecuteAsync("{ hello }", null, TestJsonContext.Default.HelloData);

        data.Hello.ShouldBe("world");
    }

    [Fact]
    public async Task ExecuteAsync_NotAGraphQLResponse_ThrowsInvalidResponse()
    {
        _server.Then(context => Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, "<html>proxy</html>"));
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>("{ hello }"));

        ex.Code.ShouldBe(CpdErrorCodes.InvalidResponse);
        ex.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        ex.Message.ShouldContain("<html>proxy</html>");
    }

    [Fact]
    public async Task Constructor_OptionsChangedAfterwards_DoNotAffectTheClient()
    {
        _server.ThenData("{\"hello\":\"world\"}");
        var options = TestClients.Options(_server.Endpoint);
        using var client = new CpdClient(options);

        options.ApiKey = "cpd_other_key";
        options.Endpoint = new Uri("http://127.0.0.1:1/graphql");
        await client.ExecuteAsync<JsonElement>("{ hello }");

        _server.Requests.Single().Authorization.ShouldBe("Bearer " + TestClients.ApiKey);
    }

    [Fact]
    public async Task ExecuteAsync_DataTheTypesCannotHold_ThrowsInvalidResponseNamingTheProblem()
    {
        _server.ThenData("{\"day\":\"22/11/2026\",\"at\":\"2026-11-22T05:30:00Z\",\"name\":\"x\"}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o => o.TypeInfoResolver = TestJsonContext.Default));

        var ex = await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<EchoData>("query Echo { day at name }"));

        ex.Code.ShouldBe(CpdErrorCodes.InvalidResponse);
        ex.Message.ShouldContain("Echo");
        ex.Message.ShouldContain("$.day", Case.Sensitive, ex.Message);
    }
}
