using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary><c>sectors</c> and <c>professions</c>: the configured vocabulary, for any authenticated caller.</summary>
[ExtendObjectType("Query")]
public sealed class TaxonomyQueries
{
    /// <summary>Every sector, in the order they were added.</summary>
    [GraphQLDescription("Every sector, in the order they were added.")]
    public async Task<IReadOnlyList<Sector>> GetSectorsAsync(
        [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts, [Service] IMapper mapper, CancellationToken cancellationToken)
    {
        policy.RequireAuthenticated();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Sectors.OrderBy(s => s.Id).ProjectTo<Sector>(mapper.ConfigurationProvider).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every profession, in the order they were added.</summary>
    [GraphQLDescription("Every profession, in the order they were added.")]
    public async Task<IReadOnlyList<Profession>> GetProfessionsAsync(
        [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts, [Service] IMapper mapper, CancellationToken cancellationToken)
    {
        policy.RequireAuthenticated();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Professions.OrderBy(p => p.Id).ProjectTo<Profession>(mapper.ConfigurationProvider).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
