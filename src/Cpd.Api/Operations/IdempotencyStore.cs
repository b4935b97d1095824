using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cpd.Api.Operations;

/// <summary>
/// Keeps idempotency keys in the database, so that every API instance behind a load balancer sees them. A key is claimed
/// by inserting an in-flight row whose primary key is (key, caller): of two racing requests the database lets exactly
/// one insert, and the other sees the row. Each operation uses a short context of its own, outside the mutation's transaction.
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<CpdDbContext> contexts, IClock clock, IOptions<IdempotencyOptions> options)
{
    private readonly IdempotencyOptions _options = options.Value;

    /// <summary>Claims a key for a request, or says why not (with the stored response for a replay).</summary>
    public async Task<(IdempotencyOutcome Outcome, IdempotencyRecord? Stored)> BeginAsync(string key, string callerKey, string requestHash,
        CancellationToken cancellationToken = default)
    {
        // Three rounds: a round ends without an answer only when a stale row was removed or a racing insert won.
        for (var round = 0; round < 3; round++)
        {
            var now = clock.GetCurrentInstant();
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var stored = await db.IdempotencyRecords.AsNoTracking()
                    .SingleOrDefaultAsync(r => r.Key == key && r.CallerKey == callerKey, cancellationToken).ConfigureAwait(false);
                if (stored is not null)
                {
                    var abandoned = stored.State == IdempotencyState.InFlight && stored.CreatedAt + Duration.FromTimeSpan(_options.InFlightTimeout) <= now;
                    if (stored.ExpiresAt <= now || abandoned)
                    {
                        var createdAt = stored.CreatedAt;
                        await db.IdempotencyRecords.Where(r => r.Key == key && r.CallerKey == callerKey && r.CreatedAt == createdAt)
                            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    return stored.RequestHash != requestHash ? (IdempotencyOutcome.Mismatch, null)
                        : stored.State == IdempotencyState.InFlight ? (IdempotencyOutcome.InFlight, null)
                        : (IdempotencyOutcome.Replay, stored);
                }

                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    Key = key,
                    CallerKey = callerKey,
                    RequestHash = requestHash,
                    State = IdempotencyState.InFlight,
                    CreatedAt = now,
                    ExpiresAt = now + Duration.FromTimeSpan(_options.Retention),
                });
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return (IdempotencyOutcome.Started, null);
                }
                catch (DbUpdateException)
                {
                    // Another request inserted the same key first: the next round reads its row.
                }
            }
        }

        return (IdempotencyOutcome.InFlight, null);
    }

    /// <summary>Keeps the response of a finished request for replay.</summary>
    public async Task CompleteAsync(string key, string callerKey, int statusCode, string? contentType, byte[] body,
        CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.IdempotencyRecords.Where(r => r.Key == key && r.CallerKey == callerKey && r.State == IdempotencyState.InFlight)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.State, IdempotencyState.Completed)
                    .SetProperty(r => r.StatusCode, statusCode)
                    .SetProperty(r => r.ContentType, contentType)
                    .SetProperty(r => r.ResponseBody, body), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Frees the key of a request that did not finish (it failed or its client went away), so that a retry runs.</summary>
    public async Task ReleaseAsync(string key, string callerKey, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.IdempotencyRecords.Where(r => r.Key == key && r.CallerKey == callerKey && r.State == IdempotencyState.InFlight)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the keys whose retention has passed; returns how many.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
