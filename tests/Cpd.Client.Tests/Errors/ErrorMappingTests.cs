using System.Net;
using System.Text.Json;
using Cpd.Client.Errors;
using Cpd.Client.Tests.Support;

namespace Cpd.Client.Tests.Errors;

/// <summary>Every failure comes back as one of the client's exception types, with a code, and is retried only when transient.</summary>
public sealed class ErrorMappingTests : IAsyncLifetime
{
    private ScriptedServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_GraphQLErrors_ThrowGraphQLExceptionWithCodesAndPaths()
    {
        _server.ThenGraphQL("""{"errors":[{"message":"Boom","path":["members","edges",3,"node"],"extensions":{"code":"INTERNAL","detail":7}},{"message":"Second"}],"data":{"members":null}}""");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdGraphQLException>(() => client.ExecuteAsync<JsonElement>("{ members { edges { node { id } } } }"));

        ex.ShouldNotBeOfType<CpdForbiddenException>();
        ex.Code.ShouldBe("INTERNAL");
        ex.Errors.Count.ShouldBe(2);
        ex.Errors[0].Path.ShouldBe(["members", "edges", 3, "node"]);
        ex.Errors[0].Extensions["detail"].GetInt32().ShouldBe(7);
        ex.Errors[1].Code.ShouldBeNull();
        ex.Message.ShouldContain("Boom");
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_ErrorWithoutCode_UsesTheClientGraphQLErrorCode()
    {
        _server.ThenGraphQL("""{"errors":[{"message":"Nope"}]}""");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdGraphQLException>(() => client.ExecuteAsync<JsonElement>("{ a }"));

        ex.Code.ShouldBe(CpdErrorCodes.GraphQLError);
    }

    [Fact]
    public async Task ExecuteAsync_ForbiddenError_ThrowsForbiddenException()
    {
        _server.ThenGraphQL("""{"errors":[{"message":"Not allowed","path":["member"],"extensions":{"code":"FORBIDDEN"}}],"data":{"member":null}}""");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdForbiddenException>(() => client.ExecuteAsync<JsonElement>("{ member(id: \"x\") { id } }"));

        ex.Code.ShouldBe(CpdErrorCodes.Forbidden);
        ex.Errors.ShouldHaveSingleItem().Message.ShouldBe("Not allowed");
    }

    [Fact]
    public async Task ExecuteAsync_Http403WithoutBody_ThrowsForbiddenException()
    {
        _server.ThenStatus(403);
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdForbiddenException>(() => client.ExecuteAsync<JsonElement>("{ a }"));

        ex.Code.ShouldBe(CpdErrorCodes.Forbidden);
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_Http401_ThrowsAuthenticationExceptionWithoutRetry()
    {
        _server.ThenGraphQL("""{"errors":[{"message":"Unknown API key","extensions":{"code":"UNAUTHENTICATED"}}]}""", status: 401);
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdAuthenticationException>(() => client.ExecuteAsync<JsonElement>("mutation { a }"));

        ex.Code.ShouldBe(CpdErrorCodes.Unauthenticated);
        ex.Message.ShouldContain("Unknown API key");
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_UnauthenticatedGraphQLError_ThrowsAuthenticationException()
    {
        _server.ThenGraphQL("""{"errors":[{"message":"Sign in","extensions":{"code":"UNAUTHENTICATED"}}],"data":null}""");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        await Should.ThrowAsync<CpdAuthenticationException>(() => client.ExecuteAsync<JsonElement>("{ me { id } }"));
    }

    [Fact]
    public async Task ExecuteAsync_Http400WithGraphQLErrors_ThrowsGraphQLExceptionWithoutRetry()
    {
        _server.ThenGraphQL("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", status: 400);
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdGraphQLException>(() => client.ExecuteAsync<JsonElement>("{ nope }"));

        ex.Code.ShouldBe("GRAPHQL_VALIDATION_FAILED");
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_Http400WithoutGraphQLBody_ThrowsTransportExceptionWithoutRetry()
    {
        _server.ThenStatus(400);
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>("mutation { a }"));

        ex.Code.ShouldBe(CpdErrorCodes.HttpError);
        ex.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ex.Attempts.ShouldBe(1);
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_Http422ForAMutation_ThrowsIdempotencyKeyReusedWithoutRetry()
    {
        _server.ThenStatus(422);
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>("mutation { a }"));

        ex.Code.ShouldBe(CpdErrorCodes.IdempotencyKeyReused);
        ex.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        ex.Message.ShouldContain(_server.Requests.Single().IdempotencyKey!);
    }

    [Fact]
    public void CpdErrorCodes_Values_AreUnique()
    {
        var codes = typeof(CpdErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        codes.Count.ShouldBeGreaterThan(5);
        codes.ShouldBeUnique();
    }
}
