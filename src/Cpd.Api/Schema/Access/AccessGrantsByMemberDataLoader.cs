using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Access;

/// <summary>The access grants the caller may see, oldest first, for a batch of members.</summary>
public sealed class AccessGrantsByMemberDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : MemberRowsDataLoader<AccessGrantRecord, AccessGrant>(scheduler, contexts, policy, mapper)
{
    /// <inheritdoc/>
    protected override IQueryable<AccessGrantRecord> Rows(CpdDbContext db, Caller caller, Instant now, IReadOnlyList<long> memberIds) =>
        db.AccessGrants.VisibleTo(caller, now).Where(g => memberIds.Contains(g.MemberId)).OrderBy(g => g.GrantedAt).ThenBy(g => g.Id);

    /// <inheritdoc/>
    protected override long MemberOf(AccessGrant node) => node.MemberId;
}
