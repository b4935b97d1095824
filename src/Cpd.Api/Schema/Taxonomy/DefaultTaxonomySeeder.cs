using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary>
/// Seeds the default sectors and professions (<see cref="DefaultTaxonomy"/>) into an empty store when the app starts.
/// It is registered after the persistence's start-up migration, so it runs once the schema is current; a store still
/// waiting for the <c>migrate</c> command (PostgreSQL) is left alone and seeded on the first start after it.
/// </summary>
internal sealed partial class DefaultTaxonomySeeder(
    IDbContextFactory<CpdDbContext> contexts,
    IdAllocator ids,
    ILogger<DefaultTaxonomySeeder> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
            {
                LogNotMigrated(logger);
                return;
            }

            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var seeded = 0;
                if (!await db.Sectors.AnyAsync(cancellationToken).ConfigureAwait(false))
                {
                    foreach (var term in DefaultTaxonomy.Sectors)
                    {
                        db.Sectors.Add(new SectorRecord { Id = await ids.NextAsync<SectorRecord>(db, cancellationToken).ConfigureAwait(false), Code = term.Code, Name = term.Name });
                        seeded++;
                    }
                }

                if (!await db.Professions.AnyAsync(cancellationToken).ConfigureAwait(false))
                {
                    foreach (var term in DefaultTaxonomy.Professions)
                    {
                        db.Professions.Add(new ProfessionRecord { Id = await ids.NextAsync<ProfessionRecord>(db, cancellationToken).ConfigureAwait(false), Code = term.Code, Name = term.Name });
                        seeded++;
                    }
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                if (seeded > 0)
                {
                    LogSeeded(logger, seeded);
                }
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} default sectors and professions.")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has pending migrations; the default taxonomy will be seeded after `migrate`.")]
    private static partial void LogNotMigrated(ILogger logger);
}
