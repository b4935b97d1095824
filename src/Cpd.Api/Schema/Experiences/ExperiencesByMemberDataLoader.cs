using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The experiences the caller may see (an HR system: only those overlapping employment with it), with their attestations, oldest first, for a batch of members.</summary>
public sealed class ExperiencesByMemberDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : MemberRowsDataLoader<ExperienceRecord, Experience>(scheduler, contexts, policy, mapper)
{
    /// <inheritdoc/>
    protected override IQueryable<ExperienceRecord> Rows(CpdDbContext db, Caller caller, Instant now, IReadOnlyList<long> memberIds) =>
        db.Experiences.VisibleTo(caller, now).Where(r => memberIds.Contains(r.MemberId)).OrderBy(r => r.Start).ThenBy(r => r.Id);

    /// <inheritdoc/>
    protected override long MemberOf(Experience node) => node.MemberId;
}
