using System.Linq.Expressions;
using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Reflections;
using NodaTime;

namespace Cpd.Api.Auth;

/// <summary>
/// Who may see what, as <see cref="IQueryable{T}"/> filters that EF Core translates to SQL, so that a denied object is
/// absent from lists, counts and cursors alike (DESIGN.md, "Who may see what"). Compose them with any other condition:
/// <c>db.Experiences.Where(x =&gt; x.MemberId == id).VisibleTo(caller, now)</c>.
/// <list type="table">
/// <listheader><term>role</term><description>sees</description></listheader>
/// <item><term>MEMBER</term><description>their own member record and everything in it.</description></item>
/// <item><term>ASSESSOR of body B</term><description>members who applied to one of B's schemes or hold an access grant for B that
/// is neither revoked nor expired at <c>now</c>; all of such a member's record (employments, experiences, connections,
/// awards), the reflections they made visible to assessors (<see cref="ReflectionVisibility.SharedWithAssessors"/> and,
/// since publishing is a wider audience than sharing, <see cref="ReflectionVisibility.PublishedAnonymised"/>), the
/// applications made to B's schemes and the grants given to B.</description></item>
/// <item><term>HR_SYSTEM of organisation O</term><description>members with an employment at O, current or past; only their
/// employments at O and the experiences whose dates overlap one of those employments (both ends inclusive, an open end
/// running on); never reflections, connections, applications, awards or grants.</description></item>
/// <item><term>ADMIN</term><description>everything (reflection text is withheld by
/// <see cref="AccessPolicy.CanReadReflectionTextAsync"/>, not by these filters).</description></item>
/// <item><term>anonymous</term><description>nothing of members.</description></item>
/// </list>
/// </summary>
public static class AuthorizationQueries
{
    /// <summary>The members the caller may read.</summary>
    public static IQueryable<MemberRecord> VisibleTo(this IQueryable<MemberRecord> members, Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Where(MemberRule(caller, now));
    }

    /// <summary>The employer link codes the caller may list: a member's own, and every member's for an administrator.</summary>
    public static IQueryable<MemberLinkCodeRecord> VisibleTo(this IQueryable<MemberLinkCodeRecord> codes, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(caller);
        var member = caller.MemberId;
        return caller.Role switch
        {
            CallerRole.Admin => codes,
            CallerRole.Member => codes.Where(c => c.MemberId == member),
            _ => codes.Where(_ => false),
        };
    }

    /// <summary>The employments the caller may read.</summary>
    public static IQueryable<EmploymentRecord> VisibleTo(this IQueryable<EmploymentRecord> employments, Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(employments);
        ArgumentNullException.ThrowIfNull(caller);
        var organisation = caller.OrganisationId;
        return caller.Role == CallerRole.HrSystem
            ? employments.Where(e => e.OrganisationId == organisation)
            : employments.Where(OfVisibleMember<EmploymentRecord>(e => e.Member!, e => e.MemberId, caller, now));
    }

    /// <summary>The experiences the caller may read.</summary>
    public static IQueryable<ExperienceRecord> VisibleTo(this IQueryable<ExperienceRecord> experiences, Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(experiences);
        ArgumentNullException.ThrowIfNull(caller);
        var organisation = caller.OrganisationId;
        return caller.Role == CallerRole.HrSystem
            ? experiences.Where(x => x.Member!.Employments.Any(e => e.OrganisationId == organisation
                && (x.End == null || e.Start <= x.End)
                && (e.End == null || x.Start <= e.End)))
            : experiences.Where(OfVisibleMember<ExperienceRecord>(x => x.Member!, x => x.MemberId, caller, now));
    }

    /// <summary>The reflections whose existence the caller may know of (their text is a further question: <see cref="AccessPolicy.CanReadReflectionTextAsync"/>).</summary>
    public static IQueryable<ReflectionRecord> VisibleTo(this IQueryable<ReflectionRecord> reflections, Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(reflections);
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role switch
        {
            CallerRole.HrSystem => reflections.Where(_ => false),
            CallerRole.Assessor => reflections
                .Where(r => r.Visibility != ReflectionVisibility.Private)
                .Where(OfVisibleMember<ReflectionRecord>(r => r.Member!, r => r.MemberId, caller, now)),
            _ => reflections.Where(OfVisibleMember<ReflectionRecord>(r => r.Member!, r => r.MemberId, caller, now)),
        };
    }

    /// <summary>The connections the caller may read (never an HR system's).</summary>
    public static IQueryable<ConnectionRecord> VisibleTo(this IQueryable<ConnectionRecord> connections, Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role == CallerRole.HrSystem
            ? connections.Where(_ => false)
            : connections.Where(OfVisibleMember<ConnectionRecord>(c => c.Member!, c => c.MemberId, caller, now));
    }

    /// <summary>The awards (accreditations held) the caller may read (never an HR system's).</summary>
    public static IQueryable<AwardRecord> VisibleTo(this IQueryable<AwardRecord> awards, Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(awards);
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role == CallerRole.HrSystem
            ? awards.Where(_ => false)
            : awards.Where(OfVisibleMember<AwardRecord>(a => a.Member!, a => a.MemberId, caller, now));
    }

    /// <summary>The applications the caller may read: a member's own, those made to an assessor's body, all for an admin.</summary>
    public static IQueryable<ApplicationRecord> VisibleTo(this IQueryable<ApplicationRecord> applications, Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(caller);
        var member = caller.MemberId;
        var body = caller.BodyId;
        return caller.Role switch
        {
            CallerRole.Member => applications.Where(a => a.MemberId == member),
            CallerRole.Assessor => applications.Where(a => a.SchemeVersion!.Scheme!.BodyId == body),
            CallerRole.Admin => applications,
            _ => applications.Where(_ => false),
        };
    }

    /// <summary>The access grants the caller may read: a member's own (revoked and expired too), those given to an assessor's body, all for an admin.</summary>
    public static IQueryable<AccessGrantRecord> VisibleTo(this IQueryable<AccessGrantRecord> grants, Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(grants);
        ArgumentNullException.ThrowIfNull(caller);
        var member = caller.MemberId;
        var body = caller.BodyId;
        return caller.Role switch
        {
            CallerRole.Member => grants.Where(g => g.MemberId == member),
            CallerRole.Assessor => grants.Where(g => g.BodyId == body),
            CallerRole.Admin => grants,
            _ => grants.Where(_ => false),
        };
    }

    /// <summary>The attestation links the caller may see: a member's own experiences' (to follow them up), all for an admin, none for anyone else.</summary>
    public static IQueryable<AttestationRequestRecord> VisibleTo(this IQueryable<AttestationRequestRecord> requests, Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(caller);
        var member = caller.MemberId;
        return caller.Role switch
        {
            CallerRole.Member => requests.Where(r => r.Experience!.MemberId == member),
            CallerRole.Admin => requests,
            _ => requests.Where(_ => false),
        };
    }

    /// <summary>The rule on members, as an expression to reuse inside other queries.</summary>
    public static Expression<Func<MemberRecord, bool>> MemberRule(Caller caller, Instant now)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var member = caller.MemberId;
        var body = caller.BodyId;
        var organisation = caller.OrganisationId;
        return caller.Role switch
        {
            CallerRole.Member => m => m.Id == member,
            CallerRole.Assessor => m => m.Applications.Any(a => a.SchemeVersion!.Scheme!.BodyId == body)
                || m.AccessGrants.Any(g => g.BodyId == body && g.RevokedAt == null && (g.ExpiresAt == null || g.ExpiresAt > now)),
            CallerRole.HrSystem => m => m.Employments.Any(e => e.OrganisationId == organisation),
            CallerRole.Admin => m => true,
            _ => m => false,
        };
    }

    // "Belongs to a member the caller may read": by the foreign key where that decides alone (a member's own rows,
    // everything for an admin, nothing for an anonymous caller), otherwise by the member rule through the navigation.
    private static Expression<Func<T, bool>> OfVisibleMember<T>(Expression<Func<T, MemberRecord>> member, Expression<Func<T, long>> memberId,
        Caller caller, Instant now)
    {
        switch (caller.Role)
        {
            case CallerRole.Member:
                var id = caller.MemberId;
                return Substitute<T, long>(memberId, m => m == id);
            case CallerRole.Admin:
                return _ => true;
            case CallerRole.Anonymous:
                return _ => false;
            default:
                return Substitute(member, MemberRule(caller, now));
        }
    }

    // x => rule(select(x)): the rule's parameter replaced by the selector's body, so EF sees one plain lambda.
    private static Expression<Func<T, bool>> Substitute<T, TValue>(Expression<Func<T, TValue>> select, Expression<Func<TValue, bool>> rule)
    {
        var body = new ParameterReplacer(rule.Parameters[0], select.Body).Visit(rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, select.Parameters);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
