using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The attestation links the caller may see (a member's own; all for an administrator), oldest first, for a batch of members.</summary>
public sealed class AttestationRequestsByMemberDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : MemberRowsDataLoader<AttestationRequestRecord, AttestationRequest>(scheduler, contexts, policy, mapper)
{
    /// <inheritdoc/>
    protected override IQueryable<AttestationRequestRecord> Rows(CpdDbContext db, Caller caller, Instant now, IReadOnlyList<long> memberIds) =>
        db.AttestationRequests.VisibleTo(caller, now).Where(r => memberIds.Contains(r.Experience!.MemberId)).OrderBy(r => r.IssuedAt).ThenBy(r => r.Id);

    /// <inheritdoc/>
    protected override long MemberOf(AttestationRequest node) => node.MemberId;
}
