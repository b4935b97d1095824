using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore.DataLoaders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The reflections the caller may know of (none for HR systems), for a batch of members.</summary>
public sealed class ReflectionsByMemberDataLoader(IBatchScheduler scheduler, IDbContextFactory<CpdDbContext> contexts, AccessPolicy policy, IMapper mapper)
    : MemberRowsDataLoader<ReflectionRecord, Reflection>(scheduler, contexts, policy, mapper)
{
    /// <inheritdoc/>
    protected override IQueryable<ReflectionRecord> Rows(CpdDbContext db, Caller caller, Instant now, IReadOnlyList<long> memberIds) =>
        db.Reflections.VisibleTo(caller, now).Where(r => memberIds.Contains(r.MemberId)).OrderBy(r => r.Id);

    /// <inheritdoc/>
    protected override long MemberOf(Reflection node) => node.MemberId;
}
