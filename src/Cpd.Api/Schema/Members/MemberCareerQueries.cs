using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Experiences;
using Cpd.Api.Schema.Organisations;
using Cpd.Api.Schema.Taxonomy;
using ExperienceKind = Cpd.Domain.Experiences.ExperienceKind;
using Home = Cpd.Domain.Careers.Home;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Members;

/// <summary>A member's career fields, each loaded in batches across the members of a response.</summary>
[ExtendObjectType(typeof(Member))]
public sealed class MemberCareerQueries
{
    /// <summary>The employments the caller may see.</summary>
    [GraphQLDescription("Employments, oldest first; an HR system sees only those with its organisation.")]
    public async Task<IReadOnlyList<Employment>> GetEmploymentsAsync([Parent] Member member, IResolverContext context) =>
        await context.DataLoader<EmploymentsByMemberDataLoader>().LoadAsync(member.DatabaseId, context.CancellationToken).ConfigureAwait(false);

    /// <summary>The experiences the caller may see, optionally narrowed.</summary>
    [GraphQLDescription("Experiences, oldest first, optionally of one kind and overlapping [from, to]; withdrawn ones only when asked for. An HR system sees only those overlapping employment with its organisation.")]
    public async Task<IReadOnlyList<Experience>> GetExperiencesAsync(
        [Parent] Member member, ExperienceKind? kind, LocalDate? from, LocalDate? to, IResolverContext context, bool includeWithdrawn = false)
    {
        var all = await context.DataLoader<ExperiencesByMemberDataLoader>().LoadAsync(member.DatabaseId, context.CancellationToken).ConfigureAwait(false);
        return [.. all.Where(x => (includeWithdrawn || !x.Withdrawn)
            && (kind is null || x.Kind == kind)
            && (from is null || x.End is null || x.End >= from)
            && (to is null || x.Start <= to))];
    }

    /// <summary>The reflections the caller may know of.</summary>
    [GraphQLDescription("Reflections the caller may know of: all for the member, shared ones for assessors with access, all for administrators (without text), none for HR systems.")]
    public async Task<IReadOnlyList<Reflection>> GetReflectionsAsync([Parent] Member member, IResolverContext context) =>
        await context.DataLoader<ReflectionsByMemberDataLoader>().LoadAsync(member.DatabaseId, context.CancellationToken).ConfigureAwait(false);

    /// <summary>The member's professional contacts.</summary>
    [GraphQLDescription("Professional contacts (DESIGN.md's connections); empty for HR systems, which never see them.")]
    public async Task<IReadOnlyList<Contact>> GetConnectionsAsync([Parent] Member member, IResolverContext context) =>
        await context.DataLoader<ContactsByMemberDataLoader>().LoadAsync(member.DatabaseId, context.CancellationToken).ConfigureAwait(false);

    /// <summary>Distinct sectors among the contacts, home excluded.</summary>
    [GraphQLDescription("Distinct sectors among the member's connections other than the home sector on asOf (default today). Null with FORBIDDEN for HR systems.")]
    public async Task<int?> GetNetworkDiversityAsync([Parent] Member member, LocalDate? asOf, [Service] AccessPolicy policy, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Caller.Role == CallerRole.HrSystem)
        {
            throw ApiError.Forbidden("An HR system does not see a member's connections.");
        }

        var career = await CareerAsync(member, context).ConfigureAwait(false);
        return career?.Career.NetworkDiversityOn(asOf ?? MemberQueries.Today(policy));
    }

    /// <summary>The home sector on a day.</summary>
    [GraphQLDescription("The sector of the home employment (largest FTE, then earliest start, then lowest id) on asOf (default today); null when there is none. An HR system sees it judged on its own organisation's employments only (null when none is active), so that another employer's time never shows.")]
    public async Task<Sector?> GetHomeSectorAsync([Parent] Member member, LocalDate? asOf, [Service] AccessPolicy policy, IResolverContext context)
    {
        var (home, taxonomy) = await HomeAsync(member, asOf, policy, context).ConfigureAwait(false);
        return home is null ? null : new Sector { Code = home.SectorCode, Name = NameOf(taxonomy!.Sectors, home.SectorCode) };
    }

    /// <summary>The home profession on a day.</summary>
    [GraphQLDescription("The profession of the home employment on asOf (default today); null when there is none. An HR system sees it judged on its own organisation's employments only (null when none is active), so that another employer's time never shows.")]
    public async Task<Profession?> GetHomeProfessionAsync([Parent] Member member, LocalDate? asOf, [Service] AccessPolicy policy, IResolverContext context)
    {
        var (home, taxonomy) = await HomeAsync(member, asOf, policy, context).ConfigureAwait(false);
        return home is null ? null : new Profession { Code = home.ProfessionCode, Name = NameOf(taxonomy!.Professions, home.ProfessionCode) };
    }

    /// <summary>The home organisation on a day.</summary>
    [GraphQLDescription("The organisation of the home employment on asOf (default today); null when there is none. An HR system sees it judged on its own organisation's employments only (null when none is active), so that another employer's time never shows.")]
    public async Task<Organisation?> GetHomeOrganisationAsync([Parent] Member member, LocalDate? asOf, [Service] AccessPolicy policy, IResolverContext context)
    {
        var (home, _) = await HomeAsync(member, asOf, policy, context).ConfigureAwait(false);
        return home is null ? null : await context.DataLoader<OrganisationByIdDataLoader>().LoadAsync(home.OrganisationId, context.CancellationToken).ConfigureAwait(false);
    }

    private static Task<MemberCareer?> CareerAsync(Member member, IResolverContext context) =>
        context.DataLoader<CareerDataLoader>().LoadAsync(member.DatabaseId, context.CancellationToken);

    private static async Task<(Home? Home, Domain.Taxonomy.CareerTaxonomy? Taxonomy)> HomeAsync(Member member, LocalDate? asOf, AccessPolicy policy, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var career = await CareerAsync(member, context).ConfigureAwait(false);
        var home = career is null ? null : policy.JudgedCareer(career.Career).HomeOn(asOf ?? MemberQueries.Today(policy));
        return (home, career?.Taxonomy);
    }

    private static string NameOf(IReadOnlyList<Domain.Taxonomy.TaxonomyTerm> terms, string code) => terms.FirstOrDefault(t => t.Code == code)?.Name ?? code;
}
