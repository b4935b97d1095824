using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Applications;

/// <summary>Members' applications the caller may read (the member's own; to an assessor's body; all for an admin; none for HR), oldest first, for many members at once.</summary>
public sealed class ApplicationsByMemberDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : MemberRowsDataLoader<ApplicationRecord, Application>(scheduler, contexts, policy, mapper)
{
    /// <inheritdoc/>
    protected override IQueryable<ApplicationRecord> Rows(CpdDbContext db, Caller caller, Instant now, IReadOnlyList<long> memberIds) =>
        db.Applications.VisibleTo(caller, now).Where(r => memberIds.Contains(r.MemberId)).OrderBy(r => r.AppliedOn).ThenBy(r => r.Id);

    /// <inheritdoc/>
    protected override long MemberOf(Application node) => node.MemberId;
}
