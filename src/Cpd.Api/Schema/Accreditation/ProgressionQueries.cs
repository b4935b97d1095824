using AutoMapper;
using AutoMapper.QueryableExtensions;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Queries;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;
using Cpd.Api.Schema.Taxonomy;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using DomainReport = Cpd.Domain.Accreditation.Evaluation.EligibilityReport;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>progressionCheck</c> (one member) and <c>eligibility</c> (an assessor's batch view): evaluations with the scheme version's cached plan.</summary>
[ExtendObjectType("Query")]
public sealed class ProgressionQueries
{
    private static readonly LocalDate Earliest = new(1900, 1, 1);
    private static readonly LocalDate Latest = new(2999, 12, 31);

    /// <summary>Checks one member against a scheme version as of a date.</summary>
    [GraphQLDescription("Evaluates a member against a scheme as of asOf (default: today's date in UTC) with the version effective that day, or the version numbered versionNumber. Allowed: the member for themselves, assessors of the scheme's body with access to the member, administrators; otherwise null with FORBIDDEN. Errors: MALFORMED_ID, NOT_FOUND (scheme, version number; a missing member for administrators), NO_EFFECTIVE_VERSION, DATE_OUT_OF_RANGE, UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<EligibilityReport?> GetProgressionCheckAsync(
        [GraphQLType("ID!")] string memberId,
        [GraphQLType("ID!")] string schemeId,
        LocalDate? asOf,
        int? versionNumber,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        [Service] SchemeVersionPlans plans,
        IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(context);
        policy.RequireAuthenticated();
        var member = GlobalId.Parse(memberId, GraphQLNames.Of<Member>());
        var date = CheckDate(asOf ?? MemberQueries.Today(policy));
        var cancellationToken = context.CancellationToken;
        var scheme = await LoadSchemeAsync(contexts, mapper, schemeId, cancellationToken).ConfigureAwait(false);
        if (!policy.CanCheckProgressionFor(scheme.Body.DatabaseId) || !await policy.CanReadMemberAsync(member, cancellationToken).ConfigureAwait(false))
        {
            throw MemberQueries.Denied(policy, GraphQLNames.Of<Member>(), memberId);
        }

        var version = VersionOf(scheme, date, versionNumber);
        var compiled = await CompileAsync(contexts, plans, version, cancellationToken).ConfigureAwait(false);
        var career = await context.DataLoader<CareerDataLoader>().LoadAsync(member, cancellationToken).ConfigureAwait(false)
            ?? throw MemberQueries.Denied(policy, GraphQLNames.Of<Member>(), memberId);
        return new EligibilityReport(compiled.Plan.Evaluate(career.Career, date), scheme, version, null);
    }

    /// <summary>The batch view: every member with access to the scheme's body, evaluated as of a date.</summary>
    [GraphQLDescription("An assessor's (or administrator's) batch view: the members who applied to, or hold an unexpired access grant for, the scheme's body, ordered by display name, each evaluated against the version effective on asOf (default: today's date in UTC); where.eligible keeps only the (in)eligible. At most 100 per page. Errors: MALFORMED_ID, NOT_FOUND, NO_EFFECTIVE_VERSION, DATE_OUT_OF_RANGE, INVALID_PAGING, INVALID_CURSOR, UNAUTHENTICATED, FORBIDDEN (members and HR systems, assessors of other bodies).")]
    public async Task<Connection<EligibilityReport>> GetEligibilityAsync(
        int? first,
        string? after,
        int? last,
        string? before,
        [GraphQLType("ID!")] string schemeId,
        LocalDate? asOf,
        EligibilityFilter? where,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        [Service] SchemeVersionPlans plans,
        IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(context);
        policy.RequireAuthenticated();
        var paging = new PagingArguments(first, after, last, before);
        paging.Validate();
        var date = CheckDate(asOf ?? MemberQueries.Today(policy));
        var cancellationToken = context.CancellationToken;
        var scheme = await LoadSchemeAsync(contexts, mapper, schemeId, cancellationToken).ConfigureAwait(false);
        var body = scheme.Body.DatabaseId;
        if (!policy.CanViewEligibilityFor(body))
        {
            throw ApiError.Forbidden("Only the body's assessors or an administrator may see eligibility across members.");
        }

        var version = VersionOf(scheme, date, null);
        var compiled = await CompileAsync(contexts, plans, version, cancellationToken).ConfigureAwait(false);
        var withAccess = AuthorizationQueries.MemberRule(Caller.ForAssessor(body, policy.Caller.Name), policy.Now);
        var scan = new EligibilityScan(
            contexts,
            db => db.Members.VisibleTo(policy.Caller, policy.Now).Where(withAccess).ProjectTo<Member>(mapper.ConfigurationProvider),
            compiled.Plan,
            date,
            where?.Eligible);
        return await scan.PageAsync(paging, ConnectionQueries.SelectsItems(context), (member, report) => new EligibilityReport(report, scheme, version, member), cancellationToken)
            .ConfigureAwait(false);
    }

    private static LocalDate CheckDate(LocalDate date) => date >= Earliest && date <= Latest
        ? date
        : throw ApiError.Create(AccreditationErrorCodes.DateOutOfRange, $"asOf must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");

    /// <summary>The scheme with its body and versions, or NOT_FOUND.</summary>
    internal static async Task<Scheme> LoadSchemeAsync(IDbContextFactory<CpdDbContext> contexts, IMapper mapper, string schemeId, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse(schemeId, GraphQLNames.Of<Scheme>());
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Schemes.Where(s => s.Id == id).ProjectTo<Scheme>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? throw ApiError.NotFound(GraphQLNames.Of<Scheme>(), schemeId);
        }
    }

    /// <summary>The version numbered <paramref name="number"/>, or else the one effective on <paramref name="date"/>; an error when there is none.</summary>
    internal static SchemeVersion VersionOf(Scheme scheme, LocalDate date, int? number)
    {
        if (number is { } n)
        {
            return scheme.Versions.FirstOrDefault(v => v.Number == n)
                ?? throw ApiError.Create(ApiErrorCodes.NotFound, $"The scheme {scheme.Code} has no version {n}.");
        }

        return SchemeFields.EffectiveOn(scheme, date) ?? throw NoEffectiveVersion(scheme, date);
    }

    /// <summary>The error for a scheme without a version effective on a date.</summary>
    internal static GraphQLException NoEffectiveVersion(Scheme scheme, LocalDate date) => ApiError.Create(
        AccreditationErrorCodes.NoEffectiveVersion,
        scheme.Versions.Count == 0
            ? $"The scheme {scheme.Code} has no published version."
            : $"No version of the scheme {scheme.Code} is effective on {date:yyyy-MM-dd}; version 1 takes effect on {scheme.Versions[0].EffectiveFrom:yyyy-MM-dd}.");

    /// <summary>The compiled plan of a version (cached for the life of the process).</summary>
    internal static async Task<CompiledSchemeVersion> CompileAsync(IDbContextFactory<CpdDbContext> contexts, SchemeVersionPlans plans, SchemeVersion version, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await plans.GetAsync(db, version.DatabaseId, cancellationToken).ConfigureAwait(false)
                ?? throw ApiError.NotFound(GraphQLNames.Of<SchemeVersion>(), version.Id);
        }
    }

    /// <summary>Keyset pages of members evaluated in batches, optionally keeping only the (in)eligible.</summary>
    private sealed class EligibilityScan(
        IDbContextFactory<CpdDbContext> contexts, Func<CpdDbContext, IQueryable<Member>> members, Domain.Accreditation.Evaluation.EvaluationPlan plan, LocalDate date, bool? eligible)
    {
        private static readonly SortKey<Member> Sort = MemberQueries.ByDisplayName;

        public async Task<Connection<EligibilityReport>> PageAsync(
            PagingArguments paging, bool selectsItems, Func<Member, DomainReport, EligibilityReport> output, CancellationToken cancellationToken)
        {
            var after = ConnectionQueries.Decode(Sort, paging.After, "after");
            var before = ConnectionQueries.Decode(Sort, paging.Before, "before");
            if (!selectsItems)
            {
                return new Connection<EligibilityReport>([], new PageInfo(false, false, null, null), CountAsync);
            }

            var (rows, more) = await ScanAsync(after, before, paging.Backward, paging.Size, cancellationToken).ConfigureAwait(false);
            if (paging.Backward)
            {
                rows.Reverse();
            }

            var edges = rows.ConvertAll(r => new Edge<EligibilityReport>(Sort.CursorOf(r.Member), output(r.Member, r.Report)));
            return new Connection<EligibilityReport>(edges, ConnectionQueries.PageInfoOf(edges, paging, more), CountAsync);
        }

        private async Task<int> CountAsync(CancellationToken cancellationToken)
        {
            if (eligible is null)
            {
                var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                await using (db.ConfigureAwait(false))
                {
                    return await members(db).CountAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            var (rows, _) = await ScanAsync(null, null, false, int.MaxValue - 1, cancellationToken).ConfigureAwait(false);
            return rows.Count;
        }

        // Reads members in key order from the cursor, a batch at a time (one career load and one EvaluateMany per batch),
        // until size + 1 matches are found or the members run out.
        private async Task<(List<(Member Member, DomainReport Report)> Rows, bool More)> ScanAsync(
            object[]? after, object[]? before, bool backward, int size, CancellationToken cancellationToken)
        {
            var found = new List<(Member, DomainReport)>();
            var batch = eligible is null ? size + 1 : Math.Clamp(size + 1, 50, 200);
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
                object[]? position = null;
                while (true)
                {
                    var items = members(db);
                    if (after is not null)
                    {
                        items = Sort.Beyond(items, after, after: true);
                    }

                    if (before is not null)
                    {
                        items = Sort.Beyond(items, before, after: false);
                    }

                    if (position is not null)
                    {
                        items = Sort.Beyond(items, position, after: !backward);
                    }

                    var page = await Sort.Order(items, backward).Take(batch).ToListAsync(cancellationToken).ConfigureAwait(false);
                    var careers = await db.LoadCareersAsync([.. page.Select(m => m.DatabaseId)], taxonomy, cancellationToken).ConfigureAwait(false);
                    var evaluated = page.Where(m => careers.ContainsKey(m.DatabaseId)).ToList();
                    var reports = plan.EvaluateMany([.. evaluated.Select(m => careers[m.DatabaseId])], date);
                    for (var i = 0; i < evaluated.Count; i++)
                    {
                        if (eligible is null || reports[i].Eligible == eligible)
                        {
                            found.Add((evaluated[i], reports[i]));
                            if (found.Count > size)
                            {
                                found.RemoveAt(found.Count - 1);
                                return (found, true);
                            }
                        }
                    }

                    if (page.Count < batch || !Sort.TryDecode(Sort.CursorOf(page[^1]), out position))
                    {
                        return (found, false);
                    }
                }
            }
        }
    }
}
