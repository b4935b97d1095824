using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Cpd.Api.SyncBench;

/// <summary>
/// The real API (<c>dotnet Cpd.Api.dll</c>) as a process of its own on a free loopback port, over a fresh SQLite file in
/// a temporary directory, so that its memory can be read from <c>/proc/&lt;pid&gt;/status</c>. Verbs such as
/// <c>apikey create</c> run as further processes over the same file.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly string _dll;
    private readonly string _directory;
    private Process? _server;

    private ApiProcess(string dll)
    {
        _dll = Path.GetFullPath(dll);
        _directory = Directory.CreateTempSubdirectory("cpd-sync-bench-").FullName;
    }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The server's process id.</summary>
    public int ProcessId => _server?.Id ?? throw new InvalidOperationException("Not started.");

    /// <summary>Starts the server and waits until <c>/health</c> answers 200.</summary>
    public static async Task<ApiProcess> StartAsync(string dll, HttpClient http)
    {
        var api = new ApiProcess(dll);
        // The verb migrates the new file before the server starts, so the server's start-up does no migration work.
        await api.RunVerbAsync("apikey", "list").ConfigureAwait(false);
        var port = FreePort();
        var start = api.StartInfo("--urls", $"http://127.0.0.1:{port}");
        start.RedirectStandardOutput = false;
        api._server = Process.Start(start) ?? throw new InvalidOperationException("The API did not start.");
        api.Endpoint = new Uri($"http://127.0.0.1:{port}/graphql");
        var health = new Uri($"http://127.0.0.1:{port}/health");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(health).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (api._server.HasExited || waited.Elapsed > TimeSpan.FromSeconds(120))
            {
                throw new InvalidOperationException("The API did not become healthy.");
            }

            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a command-line verb of the API over the same database and returns its standard output, trimmed.</summary>
    public async Task<string> RunVerbAsync(params string[] arguments)
    {
        var start = StartInfo(arguments);
        using var verb = Process.Start(start) ?? throw new InvalidOperationException("The verb did not start.");
        var output = await verb.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await verb.WaitForExitAsync().ConfigureAwait(false);
        if (verb.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {verb.ExitCode}.");
        }

        return output.Trim();
    }

    /// <summary>A field of the server's <c>/proc/&lt;pid&gt;/status</c> in MiB (<c>VmHWM</c>: peak resident set; <c>VmRSS</c>: current).</summary>
    public double MemoryMiB(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{ProcessId}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var kib = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }

        throw new InvalidOperationException($"No {field} in /proc/{ProcessId}/status.");
    }

    /// <summary>The processor time the server has used so far (user and system, all threads): unlike wall-clock time, it does not depend on how busy the machine is.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _server!.Refresh();
            return _server.TotalProcessorTime;
        }
    }

    /// <summary>Resets the server's peak resident set (<c>VmHWM</c>) to its current size (Linux: <c>echo 5 &gt; /proc/pid/clear_refs</c>).</summary>
    public void ResetPeakMemory() => File.WriteAllText($"/proc/{ProcessId}/clear_refs", "5");

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync().ConfigureAwait(false);
        }

        _server?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The API reads appsettings.json from its content root, the working directory.
            WorkingDirectory = Path.GetDirectoryName(_dll)!,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(_dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Cpd"] = $"Data Source={Path.Combine(_directory, "cpd.db")}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
