using System.Net;
using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cpd.Api.Tests.Operations;

public sealed class IdempotencyMiddlewareTests : IAsyncLifetime
{
    private const string AddNote = "mutation { addNote(text: \"hello\") { id text } }";
    private AuthTestServer _server = null!;
    private string _admin = null!;

    public async Task InitializeAsync()
    {
        _server = await AuthTestServer.StartAsync();
        _admin = await _server.KeyAsync(new ApiKeyRequest("ADMIN", "ops"));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task InvokeAsync_RetryWithSameKeyAndBody_ReplaysTheFirstResponseAndWritesOnce()
    {
        var first = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-1"));
        var retry = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-1"));

        first.Status.ShouldBe(HttpStatusCode.OK);
        retry.Status.ShouldBe(HttpStatusCode.OK);
        retry.Body.ShouldBe(first.Body);
        retry.Response.Content.Headers.ContentType!.ToString().ShouldBe(first.Response.Content.Headers.ContentType!.ToString());
        retry.Response.Headers.GetValues(IdempotencyOptions.ReplayedHeaderName).ShouldBe(["true"]);
        first.Response.Headers.Contains(IdempotencyOptions.ReplayedHeaderName).ShouldBeFalse();
        (await _server.WritesAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task InvokeAsync_SameKeyOtherBody_Is422AndWritesNothing()
    {
        await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-2"));

        var other = await _server.SendAsync(AuthTestServer.GraphQLRequest("mutation { addNote(text: \"other\") { id } }", _admin, "key-2"));

        other.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Code(other.Body).ShouldBe(OperationsErrorCodes.IdempotencyKeyReused);
        (await _server.WritesAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task InvokeAsync_KeyStillInFlight_Is409ThenTheFinishedResponseReplays()
    {
        var gate = new TestGate();
        _server.Gate = gate;
        var first = _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-3"));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var concurrent = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-3"));
        gate.Release.SetResult();
        var finished = await first;
        var retry = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-3"));

        concurrent.Status.ShouldBe(HttpStatusCode.Conflict);
        Code(concurrent.Body).ShouldBe(OperationsErrorCodes.IdempotencyKeyInFlight);
        finished.Status.ShouldBe(HttpStatusCode.OK);
        retry.Body.ShouldBe(finished.Body);
        (await _server.WritesAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task InvokeAsync_IdenticalRequestsRacing_WriteExactlyOnce()
    {
        var requests = Enumerable.Range(0, 6).Select(_ => _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-race"))).ToList();

        var responses = await Task.WhenAll(requests);

        (await _server.WritesAsync()).ShouldBe(1);
        responses.ShouldAllBe(r => r.Status == HttpStatusCode.OK || r.Status == HttpStatusCode.Conflict);
        responses.Where(r => r.Status == HttpStatusCode.OK).Select(r => r.Body).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task InvokeAsync_SameKeyFromAnotherCaller_RunsForEach()
    {
        var other = await _server.KeyAsync(new ApiKeyRequest("ADMIN", "other ops"));

        await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "shared-key"));
        var second = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, other, "shared-key"));

        second.Response.Headers.Contains(IdempotencyOptions.ReplayedHeaderName).ShouldBeFalse();
        (await _server.WritesAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task InvokeAsync_QueryWithKey_PassesThroughAndKeepsNothing()
    {
        var response = await _server.SendAsync(AuthTestServer.GraphQLRequest("{ whoAmI { role } }", _admin, "query-key"));

        response.Status.ShouldBe(HttpStatusCode.OK);
        await using var db = _server.Database.CreateContext();
        (await db.IdempotencyRecords.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task InvokeAsync_NoKey_RunsEveryTime()
    {
        await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin));
        await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin));

        (await _server.WritesAsync()).ShouldBe(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tab\tinside")]
    public async Task InvokeAsync_InvalidKey_Is400(string key)
    {
        using var request = AuthTestServer.GraphQLRequest(AddNote, _admin);
        request.Headers.TryAddWithoutValidation(IdempotencyOptions.HeaderName, key);

        var response = await _server.SendAsync(request);

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        Code(response.Body).ShouldBe(OperationsErrorCodes.IdempotencyKeyInvalid);
        (await _server.WritesAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task InvokeAsync_KeyLongerThanTheLimit_Is400()
    {
        var response = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, new string('k', IdempotencyOptions.MaxKeyLength + 1)));

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task InvokeAsync_RequestThatCrashed_FreesTheKeyForTheRetry()
    {
        using var crashing = AuthTestServer.GraphQLRequest(AddNote, _admin, "key-crash");
        crashing.Headers.Add("X-Test-Crash", "1");

        var crashed = await _server.SendAsync(crashing);
        var retry = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-crash"));

        crashed.Status.ShouldBe(HttpStatusCode.InternalServerError);
        retry.Status.ShouldBe(HttpStatusCode.OK);
        retry.Response.Headers.Contains(IdempotencyOptions.ReplayedHeaderName).ShouldBeFalse();
        (await _server.WritesAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task InvokeAsync_KeyOlderThanItsRetention_RunsAgainAndIsPurged()
    {
        await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-old"));
        _server.Clock.Advance(Duration.FromHours(23) + Duration.FromMinutes(59));
        var withinRetention = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-old"));
        _server.Clock.Advance(Duration.FromMinutes(1));
        var afterRetention = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-old"));

        withinRetention.Response.Headers.Contains(IdempotencyOptions.ReplayedHeaderName).ShouldBeTrue();
        afterRetention.Response.Headers.Contains(IdempotencyOptions.ReplayedHeaderName).ShouldBeFalse();
        (await _server.WritesAsync()).ShouldBe(2);

        _server.Clock.Advance(Duration.FromHours(24));
        var purged = await _server.Services.GetRequiredService<IdempotencyStore>().PurgeExpiredAsync();
        purged.ShouldBe(1);
    }

    [Fact]
    public async Task InvokeAsync_KeyAbandonedInFlight_IsTakenOverAfterTheTimeout()
    {
        await using (var db = _server.Database.CreateContext())
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Key = "key-abandoned", CallerKey = "key:" + await AdminKeyIdAsync(), RequestHash = HashOf(AddNote), State = IdempotencyState.InFlight,
                CreatedAt = _server.Clock.Now - Duration.FromMinutes(4), ExpiresAt = _server.Clock.Now + Duration.FromHours(20),
            });
            await db.SaveChangesAsync();
        }

        var blocked = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-abandoned"));
        _server.Clock.Advance(Duration.FromMinutes(1));
        var takenOver = await _server.SendAsync(AuthTestServer.GraphQLRequest(AddNote, _admin, "key-abandoned"));

        blocked.Status.ShouldBe(HttpStatusCode.Conflict);
        takenOver.Status.ShouldBe(HttpStatusCode.OK);
        (await _server.WritesAsync()).ShouldBe(1);
    }

    private async Task<long> AdminKeyIdAsync()
    {
        var caller = await _server.Services.GetRequiredService<ApiKeyAuthenticator>().AuthenticateAsync(_admin);
        return caller.Caller!.KeyId!.Value;
    }

    private static string HashOf(string query)
    {
        using var request = AuthTestServer.GraphQLRequest(query);
        return IdempotencyMiddleware.RequestHash("POST", "/graphql", request.Content!.ReadAsByteArrayAsync().Result);
    }

    private static string? Code(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
