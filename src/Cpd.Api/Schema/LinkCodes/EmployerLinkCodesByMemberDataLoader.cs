using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.LinkCodes;

/// <summary>The employer link codes the caller may list, newest first, for a batch of members.</summary>
public sealed class EmployerLinkCodesByMemberDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : MemberRowsDataLoader<MemberLinkCodeRecord, EmployerLinkCode>(scheduler, contexts, policy, mapper)
{
    /// <inheritdoc/>
    protected override IQueryable<MemberLinkCodeRecord> Rows(CpdDbContext db, Caller caller, Instant now, IReadOnlyList<long> memberIds) =>
        db.MemberLinkCodes.VisibleTo(caller).Where(c => memberIds.Contains(c.MemberId)).OrderByDescending(c => c.Id);

    /// <inheritdoc/>
    protected override long MemberOf(EmployerLinkCode node) => node.MemberId;
}
