using Cpd.Api.Persistence;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cpd.Api.Tests.Persistence;

/// <summary>Registration, configuration, SQLite connection set-up, the start-up migration and the <c>migrate</c> verb.</summary>
public sealed class PersistenceServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCpdPersistence_EmptyConfiguration_UsesTheSqliteFileCpdDbAndMigratesAtStartUp()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<DatabaseOptions>();
        using var db = services.GetRequiredService<IDbContextFactory<CpdDbContext>>().CreateDbContext();

        (options.Provider, options.ConnectionString, options.ShouldMigrateOnStartup).ShouldBe((DatabaseProvider.Sqlite, "Data Source=cpd.db", true));
        db.Database.ProviderName.ShouldBe("Microsoft.EntityFrameworkCore.Sqlite");
    }

    [Fact]
    public void AddCpdPersistence_PostgreSqlProvider_IsUsedAndNotMigratedAtStartUp()
    {
        using var services = Build(new()
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Cpd"] = "Host=db.internal;Database=cpd;Username=cpd",
        });

        var options = services.GetRequiredService<DatabaseOptions>();
        using var db = services.GetRequiredService<IDbContextFactory<CpdDbContext>>().CreateDbContext();

        (options.Provider, options.ShouldMigrateOnStartup).ShouldBe((DatabaseProvider.PostgreSql, false));
        db.Database.ProviderName.ShouldBe("Npgsql.EntityFrameworkCore.PostgreSQL");
        db.Database.GetConnectionString().ShouldBe("Host=db.internal;Database=cpd;Username=cpd");
    }

    [Fact]
    public void AddCpdPersistence_ScopedContexts_AreReturnedToThePoolAndReused()
    {
        using var services = Build([]);
        CpdDbContext first;
        using (var scope = services.CreateScope())
        {
            first = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
            scope.ServiceProvider.GetRequiredService<CpdDbContext>().ShouldBeSameAs(first);
        }

        using (var scope = services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CpdDbContext>().ShouldBeSameAs(first);
        }
    }

    [Fact]
    public async Task SqliteConnection_Opened_HasWalFullSyncBusyTimeoutAndForeignKeys()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var pragmas = new[]
        {
            await QueryTextAsync(db, "SELECT CAST(journal_mode AS TEXT) AS \"Value\" FROM pragma_journal_mode"),
            await QueryTextAsync(db, "SELECT CAST(synchronous AS TEXT) AS \"Value\" FROM pragma_synchronous"),
            await QueryTextAsync(db, "SELECT CAST(timeout AS TEXT) AS \"Value\" FROM pragma_busy_timeout"),
            await QueryTextAsync(db, "SELECT CAST(foreign_keys AS TEXT) AS \"Value\" FROM pragma_foreign_keys"),
        };

        pragmas.ShouldBe(["wal", "2", "5000", "1"]);
    }

    [Fact]
    public async Task StartingAsync_SqliteWithoutSchema_AppliesEveryMigrationBeforeTheAppStarts()
    {
        await using var database = await TestDatabase.CreateAsync(null, migrate: false);
        using var services = Build(new(database.Configuration));

        foreach (var service in services.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await service.StartingAsync(CancellationToken.None);
        }

        await using var db = database.CreateContext();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task StartingAsync_MigrateOnStartupOff_LeavesTheDatabaseAlone()
    {
        await using var database = await TestDatabase.CreateAsync(null, migrate: false);
        using var services = Build(new(database.Configuration) { ["Database:MigrateOnStartup"] = "false" });

        foreach (var service in services.GetServices<IHostedService>().OfType<IHostedLifecycleService>())
        {
            await service.StartingAsync(CancellationToken.None);
        }

        await using var db = database.CreateContext();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task TryRunMigrateCommandAsync_MigrateVerb_MigratesAndTellsTheCallerToExit()
    {
        await using var database = await TestDatabase.CreateAsync(null, migrate: false);
        using var host = BuildHost(database);

        var handled = await host.TryRunMigrateCommandAsync(["migrate"]);

        handled.ShouldBeTrue();
        await using var db = database.CreateContext();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task TryRunMigrateCommandAsync_OtherArguments_DoNothing()
    {
        await using var database = await TestDatabase.CreateAsync(null, migrate: false);
        using var host = BuildHost(database);

        var handled = await host.TryRunMigrateCommandAsync(["--demo"]);

        handled.ShouldBeFalse();
        await using var db = database.CreateContext();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Configure_ExecutedSqlCommands_AreLoggedAtDebugNotInformation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var logged = new RecordingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logged));
        var builder = PersistenceServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<CpdDbContext>(), database.Options, database.Ids)
            .UseLoggerFactory(loggers);
        await using var db = new CpdDbContext((DbContextOptions<CpdDbContext>)builder.Options);

        _ = await db.Members.CountAsync();

        var commands = logged.Entries.Where(e => e.Category == DbLoggerCategory.Database.Command.Name && e.EventId == RelationalEventId.CommandExecuted.Id).ToList();
        commands.ShouldNotBeEmpty();
        commands.ShouldAllBe(e => e.Level == LogLevel.Debug);
    }

    [Fact]
    public void From_IdBlockSizeBelowOne_IsRefused()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:IdBlockSize"] = "0" }).Build();

        Should.Throw<InvalidOperationException>(() => DatabaseOptions.From(configuration)).Message.ShouldContain("IdBlockSize");
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddCpdPersistence(configuration);
        return services.BuildServiceProvider();
    }

    private static IHost BuildHost(TestDatabase database)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(database.Configuration);
        builder.Services.AddCpdPersistence(builder.Configuration);
        return builder.Build();
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string Category, LogLevel Level, int EventId)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(RecordingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Entries.Enqueue((category, logLevel, eventId.Id));
        }
    }

    private static async Task<string> QueryTextAsync(CpdDbContext db, string sql) =>
        (await db.Database.SqlQueryRaw<string>(sql).ToListAsync()).Single();
}
