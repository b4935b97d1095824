using System.Text.Json;
using Cpd.Client.Errors;
using Cpd.Client.Tests.Support;
using Cpd.Client.Transport;

namespace Cpd.Client.Tests.Transport;

/// <summary>The shapes typed operations share: payload errors as results, lists as lazily fetched pages.</summary>
public sealed class OperationShapeTests : IAsyncLifetime
{
    private static readonly GraphQLOperation Items = new("query Items($first: Int!, $after: String) { items(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }", "Items", false);
    private static readonly GraphQLOperation Rename = new("mutation Rename { rename(input: {}) { item { id } errors { code message field } } }", "Rename", true);
    private ScriptedServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task PageAsync_ThreePages_FetchesEachWithTheLastEndCursorOnlyAsConsumed()
    {
        _server.ThenData("""{"items":{"nodes":[{"id":"1"},{"id":"2"}],"pageInfo":{"hasNextPage":true,"endCursor":"c2"}}}""")
            .ThenData("""{"items":{"nodes":[{"id":"3"},null],"pageInfo":{"hasNextPage":true,"endCursor":"c3"}}}""")
            .ThenData("""{"items":{"nodes":[{"id":"4"}],"pageInfo":{"hasNextPage":false,"endCursor":"c4"}}}""");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o => o.PageSize = 2));

        var pages = ItemsOf(client);
        var ids = new List<string>();
        await foreach (var item in pages)
        {
            ids.Add(item.Id);
            if (item.Id == "1")
            {
                _server.Requests.Count.ShouldBe(1, "the next page is fetched only when the caller reaches it");
            }
        }

        ids.ShouldBe(["1", "2", "3", "4"]);
        var variables = _server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("variables")).ToList();
        variables.Select(v => v.GetProperty("first").GetInt32()).ShouldAllBe(first => first == 2);
        variables.Select(v => v.GetProperty("after").ValueKind == JsonValueKind.Null ? null : v.GetProperty("after").GetString()).ShouldBe([null, "c2", "c3"]);
    }

    [Fact]
    public async Task PageAsync_SameCursorTwice_StopsWithInvalidResponse()
    {
        _server.ThenData("""{"items":{"nodes":[{"id":"1"}],"pageInfo":{"hasNextPage":true,"endCursor":"c"}}}""")
            .ThenData("""{"items":{"nodes":[{"id":"1"}],"pageInfo":{"hasNextPage":true,"endCursor":"c"}}}""");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdTransportException>(async () =>
        {
            await foreach (var unused in ItemsOf(client))
            {
            }
        });

        ex.Code.ShouldBe(CpdErrorCodes.InvalidResponse);
        _server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task MutateAsync_PayloadErrors_ComeBackAsUserErrorsNotExceptions()
    {
        _server.ThenData("""{"rename":{"item":null,"errors":[{"code":"CONFLICT","message":"Changed meanwhile.","field":["input","expectedVersion"]}]}}""");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var result = await RenameAsync(client);

        result.IsSuccess.ShouldBeFalse();
        result.Value.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.ShouldBe(new UserError("CONFLICT", "Changed meanwhile.", error.Field));
        error.Field.ShouldBe(["input", "expectedVersion"]);
        error.ToString().ShouldBe("CONFLICT (input.expectedVersion): Changed meanwhile.");
        Should.Throw<InvalidOperationException>(result.GetValueOrThrow).Message.ShouldContain("CONFLICT");
        _server.Requests.Single().IdempotencyKey.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("FORBIDDEN", typeof(CpdForbiddenException))]
    [InlineData("UNAUTHENTICATED", typeof(CpdAuthenticationException))]
    public async Task MutateAsync_DenialInThePayload_ThrowsLikeADeniedRead(string code, Type expected)
    {
        _server.ThenData("{\"rename\":{\"item\":null,\"errors\":[{\"code\":\"" + code + "\",\"message\":\"Not yours.\",\"field\":null}]}}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdException>(() => RenameAsync(client));

        ex.ShouldBeOfType(expected);
        ex.Code.ShouldBe(code);
        ex.Message.ShouldContain("Not yours.");
    }

    [Fact]
    public async Task MutateAsync_Success_ReturnsTheValue()
    {
        _server.ThenData("""{"rename":{"item":{"id":"7"},"errors":[]}}""");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var result = await RenameAsync(client);

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe(new Item("7"));
        result.GetValueOrThrow().Id.ShouldBe("7");
    }

    [Fact]
    public async Task MutateAsync_NeitherResultNorErrors_ThrowsInvalidResponse()
    {
        _server.ThenData("""{"rename":{"item":null,"errors":[]}}""");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        (await Should.ThrowAsync<CpdTransportException>(() => RenameAsync(client))).Code.ShouldBe(CpdErrorCodes.InvalidResponse);
    }

    private static IAsyncEnumerable<Item> ItemsOf(CpdClient client) => client.PageAsync(
        Items,
        (first, after) => new PageVariables(first, after),
        TestJsonContext.Default.PageVariables,
        TestJsonContext.Default.ItemsData,
        data => data.Items,
        CancellationToken.None);

    private static Task<CpdResult<Item>> RenameAsync(CpdClient client) => client.MutateAsync(
        Rename,
        new PageVariables(1, null),
        TestJsonContext.Default.PageVariables,
        TestJsonContext.Default.RenameData,
        data => data.Rename,
        payload => payload.Item,
        CancellationToken.None);
}
