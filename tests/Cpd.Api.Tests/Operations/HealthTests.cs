using System.Net;
using System.Text.Json;
using Cpd.Api.Tests.Support;

namespace Cpd.Api.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task MapCpdHealth_DatabaseReady_Is200Healthy()
    {
        await using var server = await AuthTestServer.StartAsync();

        var response = await server.Client.GetAsync(new Uri("/health", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        json.GetProperty("status").GetString().ShouldBe("Healthy");
        json.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task MapCpdHealth_DatabaseWithoutSchema_Is503Unhealthy()
    {
        await using var server = await AuthTestServer.StartAsync(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" }, migrate: false);

        var response = await server.Client.GetAsync(new Uri("/health", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        json.GetProperty("status").GetString().ShouldBe("Unhealthy");
        var database = json.GetProperty("checks").GetProperty("database");
        database.GetProperty("status").GetString().ShouldBe("Unhealthy");
        database.GetProperty("error").GetString().ShouldBe("SqliteException");
    }
}
