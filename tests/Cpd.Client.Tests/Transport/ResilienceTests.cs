using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Cpd.Client.Errors;
using Cpd.Client.Tests.Support;

namespace Cpd.Client.Tests.Transport;

/// <summary>Retries: which failures, how often, how long apart, and with which Idempotency-Key.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private const string Mutation = "mutation Log { logSecondment(input: {}) { errors { code } } }";
    private ScriptedServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_503ThenSuccess_RetriesWithTheSameIdempotencyKey()
    {
        _server.ThenStatus(503, times: 2).ThenData("{\"ok\":true}");
        var retries = new ConcurrentQueue<CpdRetryAttempt>();
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o => o.OnRetry = retries.Enqueue));

        var data = await client.ExecuteAsync<JsonElement>(Mutation);

        data.GetProperty("ok").GetBoolean().ShouldBeTrue();
        var requests = _server.Requests;
        requests.Count.ShouldBe(3);
        requests.Select(r => r.IdempotencyKey).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        requests.Select(r => r.Body).Distinct().Count().ShouldBe(1);
        retries.Select(r => r.AttemptNumber).ShouldBe([1, 2]);
        retries.ShouldAllBe(r => r.StatusCode == HttpStatusCode.ServiceUnavailable && r.OperationName == "Log" && r.IdempotencyKey == requests[0].IdempotencyKey);
    }

    [Fact]
    public async Task ExecuteAsync_QueryAfter502_IsRetriedWithoutIdempotencyKey()
    {
        _server.ThenStatus(502).ThenData("{\"a\":1}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        await client.ExecuteAsync<JsonElement>("{ a }");

        _server.Requests.Count.ShouldBe(2);
        _server.Requests.ShouldAllBe(r => r.IdempotencyKey == null);
    }

    [Fact]
    public async Task ExecuteAsync_429WithRetryAfter_WaitsExactlyWhatTheServerAsks()
    {
        var clock = new RecordingTimeProvider();
        _server.ThenStatus(429, retryAfter: "2").ThenData("{\"a\":1}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, clock, o => o.MaxDelay = TimeSpan.FromSeconds(5)));

        await client.ExecuteAsync<JsonElement>(Mutation);

        clock.Waits.ShouldBe([TimeSpan.FromSeconds(2)]);
        _server.Requests.Select(r => r.IdempotencyKey).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_RetryAfterBeyondMaxDelay_FailsAtOnceWithTheRequestedWait()
    {
        _server.ThenStatus(429, retryAfter: "120");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        var ex = await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>(Mutation));

        ex.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        ex.RetryAfter.ShouldBe(TimeSpan.FromSeconds(120));
        ex.Attempts.ShouldBe(1);
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_408And409InFlight_AreRetriedWithTheSameKey()
    {
        _server.ThenStatus(408).ThenStatus(409).ThenData("{\"a\":1}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        await client.ExecuteAsync<JsonElement>(Mutation);

        _server.Requests.Count.ShouldBe(3);
        _server.Requests.Select(r => r.IdempotencyKey).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_DroppedConnection_IsRetriedWithTheSameKey()
    {
        _server.ThenDrop().ThenData("{\"a\":1}");
        var retries = new ConcurrentQueue<CpdRetryAttempt>();
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o => o.OnRetry = retries.Enqueue));

        await client.ExecuteAsync<JsonElement>(Mutation);

        _server.Requests.Count.ShouldBe(2);
        _server.Requests.Select(r => r.IdempotencyKey).Distinct().Count().ShouldBe(1);
        retries.ShouldHaveSingleItem().Exception.ShouldBeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task ExecuteAsync_AlwaysUnavailable_GivesUpAfterMaxAttemptsWithTheStatus()
    {
        _server.ThenStatus(503, times: 10);
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o => o.MaxAttempts = 3));

        var ex = await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>(Mutation));

        ex.Code.ShouldBe(CpdErrorCodes.HttpError);
        ex.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        ex.Attempts.ShouldBe(3);
        _server.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task ExecuteAsync_KeyStillInFlightAfterEveryAttempt_ThrowsTransportExceptionWithTheServersCode()
    {
        for (var i = 0; i < 3; i++)
        {
            _server.ThenGraphQL("""{"errors":[{"message":"Still being processed.","extensions":{"code":"IDEMPOTENCY_KEY_IN_FLIGHT"}}]}""", status: 409);
        }

        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o => o.MaxAttempts = 3));

        var ex = await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>(Mutation));

        ex.Code.ShouldBe("IDEMPOTENCY_KEY_IN_FLIGHT");
        ex.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ex.Attempts.ShouldBe(3);
        _server.Requests.Select(r => r.IdempotencyKey).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_AlwaysDropped_GivesUpWithANetworkError()
    {
        for (var i = 0; i < 3; i++)
        {
            _server.ThenDrop();
        }

        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o => o.MaxAttempts = 3));

        var ex = await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>(Mutation));

        ex.Code.ShouldBe(CpdErrorCodes.NetworkError);
        ex.StatusCode.ShouldBeNull();
        ex.Attempts.ShouldBe(3);
        ex.InnerException.ShouldBeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task ExecuteAsync_ManyFailures_BackOffExponentiallyButNeverBeyondMaxDelay()
    {
        var clock = new RecordingTimeProvider();
        _server.ThenStatus(500, times: 7);
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, clock, o =>
        {
            o.MaxAttempts = 8;
            o.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.MaxDelay = TimeSpan.FromMilliseconds(50);
        }));

        await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>(Mutation));

        _server.Requests.Count.ShouldBe(8);
        clock.Waits.Count.ShouldBe(7);
        clock.Waits.ShouldAllBe(w => w > TimeSpan.Zero && w <= TimeSpan.FromMilliseconds(50));
        clock.Waits.Skip(4).ShouldContain(w => w > TimeSpan.FromMilliseconds(10), "late waits grow beyond the base delay");
    }

    [Fact]
    public async Task ExecuteAsync_ClientErrors_AreNeverRetried()
    {
        _server.ThenStatus(404).ThenStatus(413);
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));

        (await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>(Mutation))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>(Mutation))).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);

        _server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task ExecuteAsync_AttemptTimesOut_RetriesAndSucceeds()
    {
        _server.ThenHang().ThenData("{\"a\":1}");
        var retries = new ConcurrentQueue<CpdRetryAttempt>();
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.OnRetry = retries.Enqueue;
        }));

        await client.ExecuteAsync<JsonElement>(Mutation);

        _server.Requests.Count.ShouldBe(2);
        _server.Requests.Select(r => r.IdempotencyKey).Distinct().Count().ShouldBe(1);
        retries.ShouldHaveSingleItem().Exception.ShouldBeOfType<Polly.Timeout.TimeoutRejectedException>();
    }

    [Fact]
    public async Task ExecuteAsync_CancelledDuringAnAttempt_ThrowsOperationCanceledWithoutRetry()
    {
        _server.ThenHang().ThenData("{\"a\":1}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint));
        using var cancellation = new CancellationTokenSource();

        var call = client.ExecuteAsync<JsonElement>(Mutation, cancellationToken: cancellation.Token);
        await _server.FirstRequest;
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => call);
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_CancelledWhileWaitingToRetry_ThrowsOperationCanceled()
    {
        var clock = new RecordingTimeProvider(holdWaits: true);
        _server.ThenStatus(503).ThenData("{\"a\":1}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, clock));
        using var cancellation = new CancellationTokenSource();

        var call = client.ExecuteAsync<JsonElement>(Mutation, cancellationToken: cancellation.Token);
        await clock.FirstWait;
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => call);
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_SingleAttemptConfigured_DoesNotRetry()
    {
        _server.ThenStatus(503).ThenData("{\"a\":1}");
        using var client = new CpdClient(TestClients.Options(_server.Endpoint, configure: o => o.MaxAttempts = 1));

        (await Should.ThrowAsync<CpdTransportException>(() => client.ExecuteAsync<JsonElement>(Mutation))).Attempts.ShouldBe(1);
    }
}
