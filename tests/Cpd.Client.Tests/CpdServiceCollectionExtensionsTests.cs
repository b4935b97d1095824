using System.Net;
using System.Text.Json;
using Cpd.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Client.Tests;

public sealed class CpdServiceCollectionExtensionsTests : IAsyncLifetime
{
    private ScriptedServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AddCpdClient_Resolved_SendsThroughTheFactoryWithItsHandlersSeeingEveryAttempt()
    {
        _server.ThenStatus(503).ThenData("{\"hello\":\"world\"}");
        var handler = new CountingHandler();
        var services = new ServiceCollection();
        services.AddCpdClient(o =>
        {
            o.Endpoint = _server.Endpoint;
            o.ApiKey = TestClients.ApiKey;
            o.BaseDelay = TimeSpan.FromMilliseconds(1);
            o.MaxDelay = TimeSpan.FromMilliseconds(5);
            o.TimeProvider = new RecordingTimeProvider();
        }).AddHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<CpdClient>();
        var data = await client.ExecuteAsync<JsonElement>("{ hello }");

        data.GetProperty("hello").GetString().ShouldBe("world");
        handler.Statuses.ShouldBe([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK]);
        _server.Requests.ShouldAllBe(r => r.Authorization == "Bearer " + TestClients.ApiKey);
    }

    [Fact]
    public async Task AddCpdClient_InvalidOptions_ThrowOnResolveNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddCpdClient(o => o.ApiKey = "cpd_key");
        await using var provider = services.BuildServiceProvider();

        var ex = Should.Throw<ArgumentException>(provider.GetRequiredService<CpdClient>);

        ex.ParamName.ShouldBe("Endpoint");
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public List<HttpStatusCode> Statuses { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            lock (Statuses)
            {
                Statuses.Add(response.StatusCode);
            }

            return response;
        }
    }
}
