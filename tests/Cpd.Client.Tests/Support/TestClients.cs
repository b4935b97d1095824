using System.Net;
using System.Net.Sockets;

namespace Cpd.Client.Tests.Support;

/// <summary>Options for tests: the scripted server's endpoint and waits that cost nothing.</summary>
internal static class TestClients
{
    public const string ApiKey = "cpd_test_secret";

    public static CpdClientOptions Options(Uri endpoint, TimeProvider? clock = null, Action<CpdClientOptions>? configure = null)
    {
        var options = new CpdClientOptions
        {
            Endpoint = endpoint,
            ApiKey = ApiKey,
            MaxAttempts = 4,
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromMilliseconds(80),
            AttemptTimeout = TimeSpan.FromSeconds(10),
            TimeProvider = clock ?? new RecordingTimeProvider(),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A GraphQL address on loopback where nothing listens (a port that was free a moment ago).</summary>
    public static Uri DeadEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/graphql");
    }
}
