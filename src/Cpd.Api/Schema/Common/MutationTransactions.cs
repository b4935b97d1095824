using Cpd.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// The unit of work of a mutation: one context, one transaction. The work adds or changes rows (and its audit entry)
/// and returns the payload; an accepted payload (no errors) is saved and committed, a rejected one is rolled back, so a
/// rejection writes nothing. A stale update of a versioned record becomes the user error <c>CONFLICT</c>.
/// </summary>
/// <example>
/// <code>
/// return await contexts.WriteAsync(input, new AddSectorPayload(null), async db =>
/// {
///     ... if (!result.IsSuccess) return input.Reject(new AddSectorPayload(null), result.Errors);
///     db.Sectors.Add(record);
///     await audit.RecordAsync(db, policy.Caller, "addSector", "Sector", record.Id, summary, cancellationToken);
///     return input.Accept(new AddSectorPayload(mapper.Map&lt;Sector&gt;(record)));
/// }, cancellationToken);
/// </code>
/// </example>
public static class MutationTransactions
{
    /// <summary>Runs a mutation's work in one transaction, committing only an accepted payload.</summary>
    /// <typeparam name="TPayload">The payload type.</typeparam>
    /// <param name="contexts">Creates the context.</param>
    /// <param name="input">The mutation's input (for a conflict's payload).</param>
    /// <param name="rejected">The payload with empty result fields (for a conflict).</param>
    /// <param name="work">Changes rows through the context and returns the payload; it does not save.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The payload.</returns>
    public static async Task<TPayload> WriteAsync<TPayload>(
        this IDbContextFactory<CpdDbContext> contexts,
        MutationInput input,
        TPayload rejected,
        Func<CpdDbContext, Task<TPayload>> work,
        CancellationToken cancellationToken)
        where TPayload : Payload
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(work);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var payload = await work(db).ConfigureAwait(false);
                if (payload.Errors.Count > 0)
                {
                    return payload;
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateConcurrencyException)
                {
                    return input.Reject(rejected, new UserError(ApiErrorCodes.Conflict, "The record changed since you read it; read it again and retry."));
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return payload;
            }
        }
    }
}
