using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The fields of an experience the domain computes or that are guarded, and the <c>Experience</c>, <c>Employment</c> and <c>Reflection</c> nodes.</summary>
[ExtendObjectType(typeof(Experience))]
public sealed class ExperienceQueries
{
    /// <summary>The boundaries crossed, judged by the domain against the member's home.</summary>
    [GraphQLDescription("The boundaries this experience crosses on at least one of its days, judged against the member's home on each day (an ongoing one up to asOf, default today); empty for a withdrawn experience. An HR system sees it judged against its own organisation's employments only, so that another employer's time never shows.")]
    public async Task<IReadOnlyList<Boundary>> GetBoundariesCrossedAsync([Parent] Experience experience, LocalDate? asOf, [Service] AccessPolicy policy, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(experience);
        ArgumentNullException.ThrowIfNull(policy);
        var career = await context.DataLoader<CareerDataLoader>().LoadAsync(experience.MemberId, context.CancellationToken).ConfigureAwait(false);
        var domain = career?.Career.Experiences.FirstOrDefault(x => x.Id == experience.DatabaseId);
        return domain is null ? [] : policy.JudgedCareer(career!.Career).BoundariesCrossed(domain, asOf ?? MemberQueries.Today(policy));
    }

    /// <summary>The reflection on this experience that the caller may know of.</summary>
    [GraphQLDescription("The reflection on this experience, if there is one the caller may know of (see Reflection for who reads its text).")]
    public async Task<Reflection?> GetReflectionAsync([Parent] Experience experience, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(experience);
        var reflections = await context.DataLoader<ReflectionsByMemberDataLoader>().LoadAsync(experience.MemberId, context.CancellationToken).ConfigureAwait(false);
        return reflections.FirstOrDefault(r => r.ExperienceId == experience.DatabaseId);
    }

    /// <summary>Loads an <c>Experience</c> node the caller may see.</summary>
    internal static ValueTask<INode?> LoadExperienceAsync(IResolverContext context, long id) =>
        LoadAsync<Experience>(context, id, (db, policy) => db.Experiences.Where(x => x.Id == id).VisibleTo(policy.Caller, policy.Now));

    /// <summary>Loads an <c>Employment</c> node the caller may see.</summary>
    internal static ValueTask<INode?> LoadEmploymentAsync(IResolverContext context, long id) =>
        LoadAsync<Employment>(context, id, (db, policy) => db.Employments.Where(e => e.Id == id).VisibleTo(policy.Caller, policy.Now));

    /// <summary>Loads a <c>Reflection</c> node the caller may know of.</summary>
    internal static ValueTask<INode?> LoadReflectionAsync(IResolverContext context, long id) =>
        LoadAsync<Reflection>(context, id, (db, policy) => db.Reflections.Where(r => r.Id == id).VisibleTo(policy.Caller, policy.Now));

    private static async ValueTask<INode?> LoadAsync<TNode>(IResolverContext context, long id, Func<CpdDbContext, AccessPolicy, IQueryable<object>> query)
        where TNode : class, INode
    {
        var policy = context.Service<AccessPolicy>();
        policy.RequireAuthenticated();
        var mapper = context.Service<IMapper>();
        return await MemberQueries.FindVisibleAsync(
                context.Service<IDbContextFactory<CpdDbContext>>(), db => query(db, policy).ProjectTo<TNode>(mapper.ConfigurationProvider), context.CancellationToken)
            .ConfigureAwait(false)
            ?? throw MemberQueries.Denied(policy, GraphQLNames.Of<TNode>(), GlobalId.Format(GraphQLNames.Of<TNode>(), id));
    }
}
