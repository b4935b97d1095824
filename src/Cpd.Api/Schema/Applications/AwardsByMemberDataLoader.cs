using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Applications;

/// <summary>Members' awards the caller may read (never an HR system's), oldest first, for many members at once.</summary>
public sealed class AwardsByMemberDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : MemberRowsDataLoader<AwardRecord, Award>(scheduler, contexts, policy, mapper)
{
    /// <inheritdoc/>
    protected override IQueryable<AwardRecord> Rows(CpdDbContext db, Caller caller, Instant now, IReadOnlyList<long> memberIds) =>
        db.Awards.VisibleTo(caller, now).Where(r => memberIds.Contains(r.MemberId)).OrderBy(r => r.AwardedOn).ThenBy(r => r.Id);

    /// <inheritdoc/>
    protected override long MemberOf(Award node) => node.MemberId;
}
