using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Members;

/// <summary>The employments the caller may see (an HR system: only those with its organisation), oldest first, for a batch of members.</summary>
public sealed class EmploymentsByMemberDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : MemberRowsDataLoader<EmploymentRecord, Employment>(scheduler, contexts, policy, mapper)
{
    /// <inheritdoc/>
    protected override IQueryable<EmploymentRecord> Rows(CpdDbContext db, Caller caller, Instant now, IReadOnlyList<long> memberIds) =>
        db.Employments.VisibleTo(caller, now).Where(r => memberIds.Contains(r.MemberId)).OrderBy(r => r.Start).ThenBy(r => r.Id);

    /// <inheritdoc/>
    protected override long MemberOf(Employment node) => node.MemberId;
}
