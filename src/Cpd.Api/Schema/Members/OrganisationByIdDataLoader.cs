using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Organisations;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Members;

/// <summary>Organisations by database id (organisations are public to every authenticated caller): one query per batch.</summary>
public sealed class OrganisationByIdDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, IMapper mapper)
    : BatchDataLoader<long, Organisation>(scheduler)
{
    /// <inheritdoc/>
    protected override async Task<IReadOnlyDictionary<long, Organisation>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Organisations.Where(o => keys.Contains(o.Id)).ProjectTo<Organisation>(mapper.ConfigurationProvider)
                .ToDictionaryAsync(o => o.DatabaseId, cancellationToken).ConfigureAwait(false);
        }
    }
}
