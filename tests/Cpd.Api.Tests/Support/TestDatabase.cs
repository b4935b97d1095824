using Cpd.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cpd.Api.Tests.Support;

/// <summary>
/// A fresh, migrated database for one test: by default a SQLite file in its own temp directory, deleted on dispose;
/// or a fresh database on a <see cref="DatabaseServer"/> (PostgreSQL), dropped on dispose. Contexts are built exactly
/// as the app builds them (<see cref="PersistenceServiceCollectionExtensions.Configure"/>).
/// <code>
/// await using var database = await TestDatabase.CreateAsync();
/// await using var db = database.CreateContext();
/// var id = await database.Ids.NextAsync&lt;MemberRecord&gt;(db);
/// </code>
/// For a host, pass <see cref="Configuration"/> to its configuration (<c>Database:Provider</c>, <c>ConnectionStrings:Cpd</c>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly DatabaseServer? _server;
    private readonly string? _databaseName;
    private readonly DbContextOptions<CpdDbContext> _contextOptions;

    private TestDatabase(DatabaseOptions options, string? directory, DatabaseServer? server, string? databaseName)
    {
        Options = options;
        _directory = directory;
        _server = server;
        _databaseName = databaseName;
        Ids = new IdAllocator(options.IdBlockSize);
        _contextOptions = (DbContextOptions<CpdDbContext>)PersistenceServiceCollectionExtensions
            .Configure(new DbContextOptionsBuilder<CpdDbContext>(), options, Ids).Options;
        Factory = new ContextFactory(this);
    }

    /// <summary>The provider and connection string, as the app would read them from configuration.</summary>
    public DatabaseOptions Options { get; }

    /// <summary>The provider.</summary>
    public DatabaseProvider Provider => Options.Provider;

    /// <summary>The connection string.</summary>
    public string ConnectionString => Options.ConnectionString;

    /// <summary>The SQLite file (null for PostgreSQL).</summary>
    public string? FilePath => _directory is null ? null : Path.Combine(_directory, "cpd.db");

    /// <summary>An id allocator hooked into every context this database creates.</summary>
    public IdAllocator Ids { get; }

    /// <summary>A factory of contexts on this database, for code that takes <see cref="IDbContextFactory{TContext}"/>.</summary>
    public IDbContextFactory<CpdDbContext> Factory { get; }

    /// <summary>Configuration keys that point an app host at this database.</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Cpd"] = ConnectionString,
    };

    /// <summary>A fresh migrated SQLite file.</summary>
    public static Task<TestDatabase> CreateAsync(CancellationToken cancellationToken = default) =>
        CreateAsync(null, migrate: true, cancellationToken);

    /// <summary>
    /// A fresh database: on <paramref name="server"/> when given (PostgreSQL), else a SQLite file; migrated unless
    /// <paramref name="migrate"/> is false (then it is empty: no tables at all).
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseServer? server, bool migrate = true, CancellationToken cancellationToken = default)
    {
        TestDatabase database;
        if (server is null)
        {
            var directory = Path.Combine(Path.GetTempPath(), "cpd-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "cpd.db") }.ToString();
            database = new TestDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString }, directory, null, null);
        }
        else
        {
            var name = "cpd_test_" + Guid.NewGuid().ToString("N");
            await server.CreateDatabaseAsync(name, cancellationToken).ConfigureAwait(false);
            database = new TestDatabase(
                new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = server.ConnectionStringFor(name) }, null, server, name);
        }

        if (migrate)
        {
            await using var db = database.CreateContext();
            if (db.Database.GetMigrations().Any())
            {
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return database;
    }

    /// <summary>A new context on this database (the caller disposes it).</summary>
    public CpdDbContext CreateContext() => new(_contextOptions);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            // Pooled connections keep the file open; release them before deleting it.
            using (var connection = new SqliteConnection(ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            Directory.Delete(_directory, recursive: true);
        }
        else if (_server is not null && _databaseName is not null)
        {
            using (var connection = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            await _server.DropDatabaseAsync(_databaseName).ConfigureAwait(false);
        }
    }

    private sealed class ContextFactory(TestDatabase database) : IDbContextFactory<CpdDbContext>
    {
        public CpdDbContext CreateDbContext() => database.CreateContext();
    }
}
