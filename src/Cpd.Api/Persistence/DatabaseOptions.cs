using Microsoft.Extensions.Configuration;

namespace Cpd.Api.Persistence;

/// <summary>The store's settings, read from configuration by <see cref="PersistenceServiceCollectionExtensions.AddCpdPersistence"/>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The connection string used when <c>ConnectionStrings:Cpd</c> is absent.</summary>
    public const string DefaultConnectionString = "Data Source=cpd.db";

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary><c>ConnectionStrings:Cpd</c>.</summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary><c>Database:MigrateOnStartup</c>: apply pending migrations when the app starts (default: for SQLite only).</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary><c>Database:IdBlockSize</c>: ids reserved per round trip to the <c>KeySequences</c> table.</summary>
    public int IdBlockSize { get; set; } = IdAllocator.DefaultBlockSize;

    /// <summary><c>Database:BusyTimeoutMilliseconds</c>: how long a SQLite connection waits for a lock.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>Whether start-up applies migrations.</summary>
    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    /// <summary>Reads <c>Database:*</c> and <c>ConnectionStrings:Cpd</c>.</summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new DatabaseOptions();
        configuration.GetSection("Database").Bind(options);
        options.ConnectionString = configuration.GetConnectionString("Cpd") is { Length: > 0 } cs ? cs : DefaultConnectionString;
        if (options.IdBlockSize < 1)
        {
            throw new InvalidOperationException("Database:IdBlockSize must be at least 1.");
        }

        return options;
    }
}
