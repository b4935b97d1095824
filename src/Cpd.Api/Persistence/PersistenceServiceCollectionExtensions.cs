using Cpd.Api.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cpd.Api.Persistence;

/// <summary>Registers the store: <c>builder.Services.AddCpdPersistence(builder.Configuration)</c>.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DatabaseOptions"/>, <see cref="IdAllocator"/> (singleton), a pooled
    /// <see cref="IDbContextFactory{TContext}"/> of <see cref="CpdDbContext"/>, a scoped <see cref="CpdDbContext"/>
    /// from that factory, and the start-up migration (SQLite by default).
    /// </summary>
    public static IServiceCollection AddCpdPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = DatabaseOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(new IdAllocator(options.IdBlockSize));
        services.AddPooledDbContextFactory<CpdDbContext>((provider, builder) =>
            Configure(builder, options, provider.GetRequiredService<IdAllocator>()));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<CpdDbContext>>().CreateDbContext());
        services.AddHostedService<DatabaseMigrationService>();
        return services;
    }

    /// <summary>
    /// Points <paramref name="builder"/> at the configured store with everything the app relies on (provider, SQLite
    /// pragmas, the id allocator's transaction hook). Tests use it to build contexts exactly as the app does.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options, IdAllocator allocator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(allocator);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(CpdDbContext).Assembly.GetName().Name))
                    .AddInterceptors(new SqlitePragmaInterceptor(options.BusyTimeoutMilliseconds));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(typeof(CpdDbContext).Assembly.GetName().Name));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported; use Sqlite or PostgreSql.");
        }

        // Every SQL statement at Information would flood the log (and slow every request); it is there at Debug.
        builder.ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
        return builder.ReplaceService<IMigrationsAssembly, CpdMigrationsAssembly>().AddInterceptors(allocator);
    }
}
