using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Admin;

/// <summary><c>apiKeys</c> and <c>auditLog</c>: administrators only.</summary>
[ExtendObjectType("Query")]
public sealed class AdminQueries
{
    /// <summary>Newest keys first.</summary>
    public static readonly SortKey<ApiKey> NewestKeys = SortKey<ApiKey>.ByDescending(k => k.DatabaseId);

    /// <summary>Newest entries first.</summary>
    public static readonly SortKey<AuditEntry> NewestEntries = SortKey<AuditEntry>.ByDescending(e => e.DatabaseId);

    /// <summary>Every API key, newest first.</summary>
    [GraphQLDescription("Every API key, newest first (administrators only; FORBIDDEN otherwise).")]
    public Task<Connection<ApiKey>> GetApiKeysAsync(
        int? first,
        string? after,
        int? last,
        string? before,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        IResolverContext context)
    {
        policy.Require(policy.CanAdminister);
        return contexts.PageAsync(
            db => db.ApiKeys.ProjectTo<ApiKey>(mapper.ConfigurationProvider), NewestKeys, new PagingArguments(first, after, last, before), context);
    }

    /// <summary>The audit trail, newest first.</summary>
    [GraphQLDescription("The audit trail of every write, newest first (administrators only; FORBIDDEN otherwise).")]
    public Task<Connection<AuditEntry>> GetAuditLogAsync(
        int? first,
        string? after,
        int? last,
        string? before,
        AuditLogFilter? where,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        IResolverContext context)
    {
        policy.Require(policy.CanReadAuditLog);
        return contexts.PageAsync(
            db => db.AuditEntries
                .Where(e => where == null || where.Action == null || e.Action == where.Action)
                .Where(e => where == null || where.TargetType == null || e.TargetType == where.TargetType)
                .ProjectTo<AuditEntry>(mapper.ConfigurationProvider),
            NewestEntries,
            new PagingArguments(first, after, last, before),
            context);
    }

    /// <summary>The node loader of <c>ApiKey</c>: administrators only.</summary>
    internal static async ValueTask<INode?> LoadNodeAsync(IResolverContext context, long id)
    {
        var policy = context.Service<AccessPolicy>();
        policy.Require(policy.CanAdminister);
        var db = await context.Service<IDbContextFactory<CpdDbContext>>().CreateDbContextAsync(context.CancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.ApiKeys.Where(k => k.Id == id).ProjectTo<ApiKey>(context.Service<IMapper>().ConfigurationProvider)
                .SingleOrDefaultAsync(context.CancellationToken).ConfigureAwait(false);
        }
    }
}
