using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>accreditingBodies</c>: readable by any authenticated caller.</summary>
[ExtendObjectType("Query")]
public sealed class AccreditingBodyQueries
{
    /// <summary>The order of <c>accreditingBodies</c>: by name, ties by id.</summary>
    public static readonly SortKey<AccreditingBody> ByName = SortKey<AccreditingBody>.By(b => b.Name).ThenBy(b => b.DatabaseId);

    /// <summary>The accrediting bodies by name.</summary>
    [GraphQLDescription("Accrediting bodies ordered by name (Relay cursor paging, at most 100 per page).")]
    public Task<Connection<AccreditingBody>> GetAccreditingBodiesAsync(
        int? first,
        string? after,
        int? last,
        string? before,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        IResolverContext context)
    {
        policy.RequireAuthenticated();
        return contexts.PageAsync(
            db => db.AccreditingBodies.ProjectTo<AccreditingBody>(mapper.ConfigurationProvider),
            ByName,
            new PagingArguments(first, after, last, before),
            context);
    }

    /// <summary>The node loader of <c>AccreditingBody</c>.</summary>
    internal static async ValueTask<INode?> LoadNodeAsync(IResolverContext context, long id)
    {
        context.Service<AccessPolicy>().RequireAuthenticated();
        var db = await context.Service<IDbContextFactory<CpdDbContext>>().CreateDbContextAsync(context.CancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.AccreditingBodies.Where(b => b.Id == id).ProjectTo<AccreditingBody>(context.Service<IMapper>().ConfigurationProvider)
                .SingleOrDefaultAsync(context.CancellationToken).ConfigureAwait(false);
        }
    }
}
