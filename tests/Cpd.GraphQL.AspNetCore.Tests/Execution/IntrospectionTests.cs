using System.Net;
using Cpd.GraphQL.AspNetCore.Tests.Support;

namespace Cpd.GraphQL.AspNetCore.Tests.Execution;

public sealed class IntrospectionTests
{
    [Fact]
    public async Task Introspection_InProduction_IsRefusedWithoutSuggestions()
    {
        await using var server = await LoopbackServer.StartAsync(environment: "Production");

        var schema = await server.PostAsync("{ __schema { queryType { name } } }");
        var typo = await server.PostAsync("{ helo }");
        var typeName = await server.PostAsync("{ __typename }");
        var sdl = await server.GetAsync("?sdl");

        schema.FirstErrorCode.ShouldBe(HttpErrorCodes.IntrospectionDisabled);
        schema.FirstErrorMessage.ShouldBe("GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".");
        typo.FirstErrorMessage.ShouldBe("Cannot query field \"helo\" on type \"Query\".");
        typeName.Body.ShouldBe("""{"data":{"__typename":"Query"}}""");
        sdl.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Introspection_InDevelopment_IsAllowedWithSuggestions()
    {
        await using var server = await LoopbackServer.StartAsync(environment: "Development");

        var schema = await server.PostAsync("{ __type(name: \"Parent\") { name } }");
        var typo = await server.PostAsync("{ helo }");

        schema.Body.ShouldBe("""{"data":{"__type":{"name":"Parent"}}}""");
        typo.FirstErrorMessage.ShouldBe("Cannot query field \"helo\" on type \"Query\". Did you mean \"hello\"?");
    }

    [Fact]
    public async Task Introspection_SwitchedOnInProduction_IsAllowed()
    {
        await using var server = await LoopbackServer.StartAsync(o => o.EnableIntrospection = true, environment: "Production");

        var schema = await server.PostAsync("{ __schema { queryType { name } } }");

        schema.Body.ShouldBe("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""");
    }
}
