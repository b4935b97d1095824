using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>scheme</c>: readable by any authenticated caller (schemes are public rules).</summary>
[ExtendObjectType("Query")]
public sealed class SchemeQueries
{
    /// <summary>A scheme by id.</summary>
    [GraphQLDescription("A scheme by id, with its body and published versions. Errors: MALFORMED_ID, NOT_FOUND, UNAUTHENTICATED.")]
    public async Task<Scheme?> GetSchemeAsync(
        [GraphQLType("ID!")] string id,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        policy.RequireAuthenticated();
        var schemeId = GlobalId.Parse(id, GraphQLNames.Of<Scheme>());
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await LoadAsync(db, mapper, schemeId, cancellationToken).ConfigureAwait(false)
                ?? throw ApiError.NotFound(GraphQLNames.Of<Scheme>(), id);
        }
    }

    /// <summary>The node loader of <c>Scheme</c>.</summary>
    internal static async ValueTask<INode?> LoadNodeAsync(IResolverContext context, long id)
    {
        context.Service<AccessPolicy>().RequireAuthenticated();
        var db = await context.Service<IDbContextFactory<CpdDbContext>>().CreateDbContextAsync(context.CancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await LoadAsync(db, context.Service<IMapper>(), id, context.CancellationToken).ConfigureAwait(false);
        }
    }

    private static Task<Scheme?> LoadAsync(CpdDbContext db, IMapper mapper, long id, CancellationToken cancellationToken) =>
        db.Schemes.Where(s => s.Id == id).ProjectTo<Scheme>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken);
}
