using System.Net;
using Cpd.Api.Auth;
using Cpd.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cpd.Api.Tests.Operations;

public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task StopAsync_RequestInFlight_FinishesItBeforeStopping()
    {
        await using var server = await AuthTestServer.StartAsync();
        var key = await server.KeyAsync(new ApiKeyRequest("ADMIN", "ops"));
        var gate = new TestGate();
        server.Gate = gate;
        var inFlight = server.SendAsync(AuthTestServer.GraphQLRequest("mutation { addNote(text: \"last\") { id } }", key));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = server.StopAsync();
        stopping.IsCompleted.ShouldBeFalse();
        gate.Release.SetResult();
        var response = await inFlight;
        await stopping;

        response.Status.ShouldBe(HttpStatusCode.OK);
        (await server.WritesAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task AddCpdOperations_ShutdownTimeoutConfigured_SetsTheHostsTimeout()
    {
        await using var server = await AuthTestServer.StartAsync(new Dictionary<string, string?> { ["Operations:ShutdownTimeout"] = "00:00:45" });

        server.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout.ShouldBe(TimeSpan.FromSeconds(45));
    }
}
