using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Members;

/// <summary>The member queries: <c>me</c>, <c>member</c>, <c>members</c>, and the <c>Member</c> node.</summary>
[ExtendObjectType("Query")]
public sealed class MemberQueries
{
    /// <summary>Members by display name, then id.</summary>
    public static readonly SortKey<Member> ByDisplayName = SortKey<Member>.By(m => m.DisplayName).ThenBy(m => m.DatabaseId);

    /// <summary>The calling member.</summary>
    [GraphQLDescription("The calling member's own record; null for callers that are not members.")]
    public async Task<Member?> GetMeAsync(
        [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts, [Service] IMapper mapper, CancellationToken cancellationToken) =>
        policy.Caller is { Role: CallerRole.Member, MemberId: { } id }
            ? await FindMemberAsync(policy, contexts, mapper, id, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>A member by global id.</summary>
    [GraphQLDescription("A member by global id: members read themselves, assessors members with access to their body, HR systems their employees (current and past), administrators everyone. Null with FORBIDDEN otherwise (also for ids that do not exist, so that existence does not leak; administrators get NOT_FOUND).")]
    public async Task<Member?> GetMemberAsync(
        [GraphQLType("ID!")] string id,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        policy.RequireAuthenticated();
        var key = GlobalId.Parse(id, GraphQLNames.Of<Member>());
        return await FindMemberAsync(policy, contexts, mapper, key, cancellationToken).ConfigureAwait(false) ?? throw Denied(policy, GraphQLNames.Of<Member>(), id);
    }

    /// <summary>The members the caller may see.</summary>
    [GraphQLDescription("The members the caller may see (a member: only itself; an assessor: members with access to its body; an HR system: its employees; an administrator: everyone), ordered by display name (Relay cursor paging, at most 100 per page).")]
    public Task<Connection<Member>> GetMembersAsync(
        int? first,
        string? after,
        int? last,
        string? before,
        MemberFilter? where,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.RequireAuthenticated();
        var today = Today(policy);
        return contexts.PageAsync(
            db => db.Members.VisibleTo(policy.Caller, policy.Now)
                .Matching(where, db.Employments.VisibleTo(policy.Caller, policy.Now), today)
                .ProjectTo<Member>(mapper.ConfigurationProvider),
            ByDisplayName,
            new PagingArguments(first, after, last, before),
            context);
    }

    /// <summary>The day "today" means for this request (UTC).</summary>
    /// <param name="policy">The request's policy.</param>
    /// <returns>The date.</returns>
    internal static LocalDate Today(AccessPolicy policy) => policy.Now.InUtc().Date;

    /// <summary>The error for an object the caller cannot read: NOT_FOUND for administrators (who see everything), else FORBIDDEN, so that existence never leaks.</summary>
    internal static Cpd.GraphQL.Errors.GraphQLException Denied(AccessPolicy policy, string typeName, string id) =>
        policy.CanAdminister ? ApiError.NotFound(typeName, id) : ApiError.Forbidden();

    /// <summary>Reads one object through an already access-filtered query with a short-lived context.</summary>
    internal static async Task<T?> FindVisibleAsync<T>(IDbContextFactory<CpdDbContext> contexts, Func<CpdDbContext, IQueryable<T>> query, CancellationToken cancellationToken)
        where T : class
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await query(db).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Loads a <c>Member</c> node through the same rule as <c>member(id:)</c>.</summary>
    internal static async ValueTask<INode?> LoadNodeAsync(IResolverContext context, long id)
    {
        var policy = context.Service<AccessPolicy>();
        policy.RequireAuthenticated();
        return await FindMemberAsync(policy, context.Service<IDbContextFactory<CpdDbContext>>(), context.Service<IMapper>(), id, context.CancellationToken).ConfigureAwait(false)
            ?? throw Denied(policy, GraphQLNames.Of<Member>(), GlobalId.Format(GraphQLNames.Of<Member>(), id));
    }

    private static Task<Member?> FindMemberAsync(AccessPolicy policy, IDbContextFactory<CpdDbContext> contexts, IMapper mapper, long id, CancellationToken cancellationToken) =>
        FindVisibleAsync(contexts, db => db.Members.Where(m => m.Id == id).VisibleTo(policy.Caller, policy.Now).ProjectTo<Member>(mapper.ConfigurationProvider), cancellationToken);
}
