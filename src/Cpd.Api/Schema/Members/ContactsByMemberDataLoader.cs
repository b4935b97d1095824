using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Members;

/// <summary>The contacts the caller may see (none for HR systems), for a batch of members.</summary>
public sealed class ContactsByMemberDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : MemberRowsDataLoader<ConnectionRecord, Contact>(scheduler, contexts, policy, mapper)
{
    /// <inheritdoc/>
    protected override IQueryable<ConnectionRecord> Rows(CpdDbContext db, Caller caller, Instant now, IReadOnlyList<long> memberIds) =>
        db.Connections.VisibleTo(caller, now).Where(r => memberIds.Contains(r.MemberId)).OrderBy(r => r.Id);

    /// <inheritdoc/>
    protected override long MemberOf(Contact node) => node.MemberId;
}
