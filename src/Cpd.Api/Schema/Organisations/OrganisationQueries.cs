using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Organisations;

/// <summary><c>organisation(id:)</c> and <c>organisations</c>: reference data, readable by any authenticated caller.</summary>
[ExtendObjectType("Query")]
public sealed class OrganisationQueries
{
    /// <summary>The order of <c>organisations</c>: by name, ties by id.</summary>
    public static readonly SortKey<Organisation> ByName = SortKey<Organisation>.By(o => o.Name).ThenBy(o => o.DatabaseId);

    /// <summary>An organisation by global id.</summary>
    [GraphQLDescription("An organisation by global id; null with an error coded NOT_FOUND or MALFORMED_ID otherwise.")]
    public async Task<Organisation?> GetOrganisationAsync(
        [GraphQLType("ID!")] string id,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        policy.RequireAuthenticated();
        var key = GlobalId.Parse(id, GraphQLNames.Of<Organisation>());
        return await FindAsync(contexts, mapper, key, cancellationToken).ConfigureAwait(false) ?? throw ApiError.NotFound("Organisation", id);
    }

    /// <summary>Organisations by name, optionally filtered.</summary>
    [GraphQLDescription("Organisations ordered by name, optionally filtered (Relay cursor paging, at most 100 per page).")]
    public Task<Connection<Organisation>> GetOrganisationsAsync(
        int? first,
        string? after,
        int? last,
        string? before,
        OrganisationFilter? where,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        IResolverContext context)
    {
        policy.RequireAuthenticated();
        return contexts.PageAsync(
            db => db.Organisations.Matching(where).ProjectTo<Organisation>(mapper.ConfigurationProvider),
            ByName,
            new PagingArguments(first, after, last, before),
            context);
    }

    /// <summary>The node loader of <c>Organisation</c>: the same rule as <c>organisation(id:)</c>.</summary>
    internal static async ValueTask<INode?> LoadNodeAsync(IResolverContext context, long id)
    {
        context.Service<AccessPolicy>().RequireAuthenticated();
        return await FindAsync(context.Service<IDbContextFactory<CpdDbContext>>(), context.Service<IMapper>(), id, context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<Organisation?> FindAsync(IDbContextFactory<CpdDbContext> contexts, IMapper mapper, long id, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Organisations.Where(o => o.Id == id).ProjectTo<Organisation>(mapper.ConfigurationProvider)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
