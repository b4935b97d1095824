using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Cpd.Api.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the persistence tests, shared by the <see cref="DatabaseServerCollectionDefinition"/>.
/// <list type="number">
/// <item>If <c>CPD_TEST_POSTGRES</c> holds a connection string (a role allowed to create databases), that server.</item>
/// <item>Else, if Debian's PostgreSQL binaries exist (<c>/usr/lib/postgresql/*/bin/initdb</c>), a private throwaway
/// cluster in a temp directory on a free loopback port, stopped and deleted at the end (run as the <c>postgres</c>
/// user when the tests run as root, since PostgreSQL refuses to run as root).</item>
/// <item>Else it fails, saying to install the <c>postgresql</c> Debian package.</item>
/// </list>
/// Each test takes a fresh database from it with <see cref="TestDatabase.CreateAsync(DatabaseServer?, bool, CancellationToken)"/>.
/// </summary>
public sealed class DatabaseServer : IAsyncLifetime
{
    /// <summary>The environment variable naming an existing server.</summary>
    public const string EnvironmentVariable = "CPD_TEST_POSTGRES";

    private string? _clusterDirectory;
    private string? _binaries;
    private NpgsqlConnectionStringBuilder? _admin;
    private bool _running;

    /// <summary>A connection string to the server's maintenance database.</summary>
    public string AdminConnectionString => Admin.ConnectionString;

    private NpgsqlConnectionStringBuilder Admin =>
        _admin ?? throw new InvalidOperationException("The PostgreSQL server has not been started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            _admin = new NpgsqlConnectionStringBuilder(given);
            return;
        }

        _binaries = FindBinaries() ?? throw new InvalidOperationException(
            "The PostgreSQL tests need a PostgreSQL server: install the 'postgresql' Debian package " +
            "(apt-get install -y postgresql; the tests start a private cluster from /usr/lib/postgresql/*/bin), " +
            $"or set {EnvironmentVariable} to the connection string of a server where the user may create databases.");
        _clusterDirectory = Path.Combine(Path.GetTempPath(), "cpd-test-pg-" + Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The private PostgreSQL cluster needs Linux; set " + EnvironmentVariable + " instead.");
        }

        // The cluster runs as 'postgres' when the tests run as root: it must be able to write here.
        // (Set after creation: the umask would narrow a mode given to CreateDirectory.)
        Directory.CreateDirectory(_clusterDirectory);
        File.SetUnixFileMode(_clusterDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        var data = Path.Combine(_clusterDirectory, "data");
        var port = FreePort();
        await RunAsync("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync").ConfigureAwait(false);
        var serverOptions = string.Create(
            CultureInfo.InvariantCulture,
            $"-p {port} -k {_clusterDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await RunAsync("pg_ctl", "-D", data, "-l", Path.Combine(_clusterDirectory, "server.log"), "-w", "-t", "60", "-o", serverOptions, "start")
            .ConfigureAwait(false);
        _running = true;
        // Should the test run end without disposing its fixtures (a crash, a killed host), still stop the cluster.
        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
        _admin = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = "postgres",
            Database = "postgres",
            IncludeErrorDetail = true,
        };
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        NpgsqlConnection.ClearAllPools();
        if (_clusterDirectory is not null)
        {
            try
            {
                if (_running)
                {
                    await StopClusterAsync(_clusterDirectory).ConfigureAwait(false);
                    _running = false;
                }
            }
            finally
            {
                Directory.Delete(_clusterDirectory, recursive: true);
            }
        }
    }

    private void StopOnExit(object? sender, EventArgs e)
    {
        if (_running && _clusterDirectory is not null)
        {
            StopClusterAsync(_clusterDirectory).GetAwaiter().GetResult();
        }
    }

    private Task StopClusterAsync(string clusterDirectory) =>
        RunAsync("pg_ctl", "-D", Path.Combine(clusterDirectory, "data"), "-m", "immediate", "-w", "stop");

    /// <summary>A connection string to database <paramref name="database"/> on this server.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(Admin.ConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates an empty database.</summary>
    public Task CreateDatabaseAsync(string database, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"CREATE DATABASE \"{database}\"", cancellationToken);

    /// <summary>Drops a database, closing its connections.</summary>
    public Task DropDatabaseAsync(string database, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", cancellationToken);

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Admin.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? FindBinaries()
    {
        const string Root = "/usr/lib/postgresql";
        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.GetDirectories(Root)
            .Select(d => (Directory: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Directory, "initdb")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Directory)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunAsync(string tool, params string[] arguments)
    {
        var asRoot = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(_binaries!, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _clusterDirectory,
        };
        if (asRoot)
        {
            foreach (var a in new[] { "-u", "postgres", "--", Path.Combine(_binaries!, tool) })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await output.ConfigureAwait(false)}{await error.ConfigureAwait(false)}");
        }
    }
}
