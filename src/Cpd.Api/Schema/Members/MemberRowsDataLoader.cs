using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Members;

/// <summary>
/// Rows of a batch of members that the caller may see, projected to an output type: one query per batch with a
/// short-lived context. Subclasses give the access-filtered, ordered query and the member of a node.
/// </summary>
/// <typeparam name="TRecord">The entity.</typeparam>
/// <typeparam name="TNode">The output type.</typeparam>
public abstract class MemberRowsDataLoader<TRecord, TNode>(
    IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : GroupedDataLoader<long, TNode>(scheduler)
    where TNode : class
{
    /// <summary>The rows of <paramref name="memberIds"/> the caller may see, in the order the field lists them.</summary>
    /// <param name="db">The batch's context.</param>
    /// <param name="caller">Who is asking.</param>
    /// <param name="now">The request's time.</param>
    /// <param name="memberIds">The members of the batch.</param>
    /// <returns>The query.</returns>
    protected abstract IQueryable<TRecord> Rows(CpdDbContext db, Caller caller, NodaTime.Instant now, IReadOnlyList<long> memberIds);

    /// <summary>The member a node belongs to.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The member's database id.</returns>
    protected abstract long MemberOf(TNode node);

    /// <inheritdoc/>
    protected sealed override async Task<ILookup<long, TNode>> LoadGroupedBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await Rows(db, policy.Caller, policy.Now, keys).ProjectTo<TNode>(mapper.ConfigurationProvider)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ToLookup(MemberOf);
        }
    }
}
