using System.Net;
using Cpd.GraphQL.AspNetCore.Http;
using Cpd.GraphQL.AspNetCore.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Cpd.GraphQL.AspNetCore.Tests.Http;

public sealed class GraphQLHttpHandlerTests : ServerTests
{
    [Fact]
    public async Task HandleAsync_PostQuery_AnswersDataAsJson()
    {
        var answer = await Server.PostAsync("query Greet($name: String) { hello(name: $name) }", new { name = "Ada" }, "Greet");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.ContentType!.MediaType.ShouldBe("application/json");
        answer.ContentType.CharSet.ShouldBe("utf-8");
        answer.Body.ShouldBe("""{"data":{"hello":"Hello, Ada!"}}""");
    }

    [Fact]
    public async Task HandleAsync_AcceptsGraphQLResponseJson_AnswersInThatMediaType()
    {
        var answer = await Server.PostAsync("{ hello }", accept: "application/json;q=0.9, application/graphql-response+json");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.ContentType!.MediaType.ShouldBe("application/graphql-response+json");
    }

    [Fact]
    public async Task HandleAsync_ValidationErrorWithGraphQLResponseJson_Answers400WithoutData()
    {
        var answer = await Server.PostAsync("{ nope }", accept: "application/graphql-response+json");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.Json["data"].ShouldBeNull();
        answer.FirstErrorMessage.ShouldBe("Cannot query field \"nope\" on type \"Query\".");
    }

    [Fact]
    public async Task HandleAsync_ValidationErrorWithJson_Answers200()
    {
        var answer = await Server.PostAsync("{ nope }", accept: "application/json");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.FirstErrorMessage.ShouldNotBeNull();
    }

    [Fact]
    public async Task HandleAsync_ResolverThrows_AnswersFieldErrorWith200()
    {
        var answer = await Server.PostAsync("{ boom hello }", accept: "application/graphql-response+json");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Body.ShouldBe("""{"errors":[{"message":"Boom.","locations":[{"line":1,"column":3}],"path":["boom"]}],"data":{"boom":null,"hello":"Hello, world!"}}""");
    }

    [Fact]
    public async Task HandleAsync_ResolverThrowsWithoutExceptionDetails_AnswersAGenericCodedErrorAndLogsTheException()
    {
        await using var server = await LoopbackServer.StartAsync(options => options.IncludeExceptionDetails = false);

        var answer = await server.PostAsync("{ boom hello }", accept: "application/graphql-response+json");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Body.ShouldBe("""{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["boom"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"boom":null,"hello":"Hello, world!"}}""");
        var logged = server.Logs.Entries.Single(e => e.EventId.Name == "GraphQLResolverFailed");
        logged.Level.ShouldBe(LogLevel.Error);
        logged.State["Path"].ShouldBe("boom");
        logged.Exception.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("Boom.");
    }

    [Fact]
    public async Task HandleAsync_GetQuery_AnswersData()
    {
        var answer = await Server.GetAsync("?query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":"Bo"}"""));

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Body.ShouldBe("""{"data":{"hello":"Hello, Bo!"}}""");
    }

    [Fact]
    public async Task HandleAsync_GetMutation_Answers405AndDoesNotRunIt()
    {
        var answer = await Server.GetAsync("?query=" + Uri.EscapeDataString("mutation { increment }"));

        answer.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        answer.Allow.ShouldBe(["POST"]);
        answer.FirstErrorCode.ShouldBe(HttpErrorCodes.MethodNotAllowed);
        var counted = await Server.PostAsync("mutation { increment }");
        counted.Body.ShouldBe("""{"data":{"increment":1}}""");
    }

    [Fact]
    public async Task HandleAsync_PutRequest_Answers405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Server.Endpoint) { Content = new StringContent("{}") };

        var answer = await Server.SendAsync(request, CancellationToken.None);

        answer.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        answer.Allow.ShouldBe(["GET", "POST"]);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    public async Task HandleAsync_BodyNotJsonInUtf8_Answers415(string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Server.Endpoint) { Content = new StringContent("""{"query":"{ hello }"}""") };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var answer = await Server.SendAsync(request, CancellationToken.None);

        answer.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        answer.FirstErrorCode.ShouldBe(HttpErrorCodes.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("""{"query":"{ hello }","variables":[1]}""")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"operationName":"x"}""")]
    [InlineData("""[{"query":"{ hello }"}]""")]
    [InlineData("""{"query":"{ hello }"} trailing""")]
    public async Task HandleAsync_MalformedParameters_Answers400WithBadRequestCode(string body)
    {
        var answer = await Server.PostRawAsync(body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.FirstErrorCode.ShouldBe(HttpErrorCodes.BadRequest);
    }

    [Fact]
    public async Task HandleAsync_GetSdl_AnswersTheSchemaAsSdl()
    {
        var answer = await Server.GetAsync("?sdl");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.ContentType!.MediaType.ShouldBe("text/plain");
        answer.Body.ShouldContain("type Query {");
        answer.Body.ShouldContain("hello(name: String): String!");
    }

    [Fact]
    public async Task HandleAsync_Request_LogsOneEntryWithOperationDurationAndErrorsButNoVariables()
    {
        await Server.PostAsync("query Greet($name: String) { hello(name: $name) boom }", new { name = "secret-value" }, "Greet");

        var entries = Server.Logs.Entries.Where(e => e.Category == GraphQLServerLog.RequestCategory).ToList();
        var entry = entries.ShouldHaveSingleItem();
        entry.State["OperationName"].ShouldBe("Greet");
        entry.State["ErrorCount"].ShouldBe(1);
        entry.State["StatusCode"].ShouldBe(200);
        entry.State["ElapsedMilliseconds"].ShouldBeOfType<double>().ShouldBeGreaterThanOrEqualTo(0);
        Server.Logs.Entries.ShouldNotContain(e => e.Message.Contains("secret-value", StringComparison.Ordinal)
            || e.State.Values.Any(v => v != null && v.ToString()!.Contains("secret-value", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HandleAsync_SameDocumentTwice_ParsesAndValidatesOnce()
    {
        var engine = Server.Services.GetGraphQLRequestExecutor().Engine;
        var missesBefore = engine.DocumentCacheMisses;
        var hitsBefore = engine.DocumentCacheHits;

        await Server.PostAsync("{ hello cached: hello(name: \"cache\") }");
        await Server.PostAsync("{ hello cached: hello(name: \"cache\") }");

        (engine.DocumentCacheMisses - missesBefore).ShouldBe(1);
        (engine.DocumentCacheHits - hitsBefore).ShouldBe(1);
    }

    [Fact]
    public async Task HandleAsync_ClientDisconnects_CancelsTheExecution()
    {
        var probe = Server.Services.GetTestService<TestSchema.Probe>();
        using var disconnect = new CancellationTokenSource();

        var request = Server.PostAsync("{ wait }", cancellationToken: disconnect.Token);
        await probe.Started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await disconnect.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(request);
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromMinutes(1));
        probe.Cancelled.Task.IsCompletedSuccessfully.ShouldBeTrue();
    }
}
