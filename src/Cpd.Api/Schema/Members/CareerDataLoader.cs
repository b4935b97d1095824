using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Queries;
using Cpd.Api.Schema.Taxonomy;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Members;

/// <summary>
/// Members' whole careers as domain objects (through <see cref="CareerLoader"/>), for fields the domain computes
/// (home, boundaries crossed, network diversity): a fixed number of queries per batch. It applies no access rule:
/// resolvers ask it only for members the caller may read and expose only what the caller may see of the answer.
/// </summary>
public sealed class CareerDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts)
    : BatchDataLoader<long, MemberCareer>(scheduler)
{
    /// <inheritdoc/>
    protected override async Task<IReadOnlyDictionary<long, MemberCareer>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
            var careers = await db.LoadCareersAsync([.. keys], taxonomy, cancellationToken).ConfigureAwait(false);
            return careers.ToDictionary(c => c.Key, c => new MemberCareer(c.Value, taxonomy));
        }
    }
}
