using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Persistence;

/// <summary>
/// Applies pending migrations when the app starts (by default for the embedded SQLite store only; PostgreSQL is
/// migrated by the <c>migrate</c> command). It runs in <see cref="IHostedLifecycleService.StartingAsync"/>, before any
/// hosted service starts, so the server never accepts a request against an old schema.
/// </summary>
internal sealed partial class DatabaseMigrationService(
    DatabaseOptions options,
    IDbContextFactory<CpdDbContext> contexts,
    ILogger<DatabaseMigrationService> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.ShouldMigrateOnStartup)
        {
            return;
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            if (pending.Count > 0)
            {
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                LogMigrated(logger, pending.Count, pending);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) at start-up: {Migrations}")]
    private static partial void LogMigrated(ILogger logger, int count, IReadOnlyList<string> migrations);
}
