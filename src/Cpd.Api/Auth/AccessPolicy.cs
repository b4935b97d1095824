using System.Collections.Concurrent;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Careers;
using Cpd.Domain.Reflections;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Auth;

/// <summary>
/// Answers every "may I" question for the current <see cref="Caller"/> (scoped: one per request). Resolvers ask it and
/// never test roles themselves. Lists are filtered with <see cref="AuthorizationQueries"/> (<c>VisibleTo(policy.Caller,
/// policy.Now)</c>); single reads and writes ask the methods here. <see cref="Now"/> is read once, so one request sees one
/// consistent moment (a grant does not expire half-way through a response).
/// </summary>
public sealed class AccessPolicy
{
    private readonly IDbContextFactory<CpdDbContext> _contexts;
    private readonly ConcurrentDictionary<long, Task<bool>> _members = new();

    /// <summary>Makes the policy of one caller.</summary>
    public AccessPolicy(Caller caller, IClock clock, IDbContextFactory<CpdDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(contexts);
        Caller = caller;
        Now = clock.GetCurrentInstant();
        _contexts = contexts;
    }

    /// <summary>Who is asking.</summary>
    public Caller Caller { get; }

    /// <summary>The moment the request is judged at (grant expiry).</summary>
    public Instant Now { get; }

    /// <summary>Whether the caller is an administrator: taxonomy, organisations, accrediting bodies, API keys and the audit log.</summary>
    public bool CanAdminister => Caller.Role == CallerRole.Admin;

    /// <summary>Whether the caller may read the audit log.</summary>
    public bool CanReadAuditLog => CanAdminister;

    // ---- reads ----

    /// <summary>Whether the caller may read a member (answered once per member per request; a missing member is false, but for a member asking about their own id).</summary>
    public Task<bool> CanReadMemberAsync(long memberId, CancellationToken cancellationToken = default) => Caller.Role switch
    {
        CallerRole.Anonymous => Task.FromResult(false),
        CallerRole.Member => Task.FromResult(Caller.MemberId == memberId),
        _ => _members.GetOrAdd(memberId, id => AnyAsync(db => db.Members.Where(m => m.Id == id).VisibleTo(Caller, Now), cancellationToken)),
    };

    /// <summary>Whether the caller may read an experience (by the same rule as <see cref="AuthorizationQueries"/>; a missing one is false).</summary>
    public Task<bool> CanReadExperienceAsync(long experienceId, CancellationToken cancellationToken = default) =>
        AnyAsync(db => db.Experiences.Where(x => x.Id == experienceId).VisibleTo(Caller, Now), cancellationToken);

    /// <summary>Whether the caller may read an employment.</summary>
    public Task<bool> CanReadEmploymentAsync(long employmentId, CancellationToken cancellationToken = default) =>
        AnyAsync(db => db.Employments.Where(e => e.Id == employmentId).VisibleTo(Caller, Now), cancellationToken);

    /// <summary>
    /// Whether the caller may read a reflection's text (what worked, what did not, what they would do differently): its
    /// member always; an assessor who may read the member when the member shared it with assessors or published it; nobody
    /// else: not an HR system, not an administrator (who may know that it exists, not what it says).
    /// </summary>
    public async ValueTask<bool> CanReadReflectionTextAsync(ReflectionRecord reflection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        return Caller.Role switch
        {
            CallerRole.Member => reflection.MemberId == Caller.MemberId,
            CallerRole.Assessor => reflection.Visibility != ReflectionVisibility.Private
                && await CanReadMemberAsync(reflection.MemberId, cancellationToken).ConfigureAwait(false),
            _ => false,
        };
    }

    /// <summary>
    /// The part of a member's career the caller may judge by (home, boundaries crossed): for an HR system, its own
    /// organisation's employments and the experiences, so that nothing computed from them reveals another employer's
    /// time; for anyone else who may read the member, all of it.
    /// </summary>
    public Career JudgedCareer(Career career)
    {
        ArgumentNullException.ThrowIfNull(career);
        var organisation = Caller.OrganisationId;
        return Caller.Role == CallerRole.HrSystem
            ? Career.Create(career.Member, career.Employments.Where(e => e.Organisation.Id == organisation), career.Experiences)
            : career;
    }

    // ---- writes ----

    /// <summary>Whether the caller may log, change or withdraw experiences of a member (the member only).</summary>
    public bool CanWriteExperience(long memberId) => IsMember(memberId);

    /// <summary>Whether the caller may add reflections to, or change the visibility of reflections of, a member (the member only).</summary>
    public bool CanWriteReflection(long memberId) => IsMember(memberId);

    /// <summary>Whether the caller may add connections for a member (the member only).</summary>
    public bool CanWriteConnection(long memberId) => IsMember(memberId);

    /// <summary>Whether the caller may apply for accreditation as a member (the member only).</summary>
    public bool CanApply(long memberId) => IsMember(memberId);

    /// <summary>Whether the caller may grant or revoke accrediting bodies' access to a member's record (the member only).</summary>
    public bool CanManageAccessGrants(long memberId) => IsMember(memberId);

    /// <summary>Whether the caller may create, list or revoke a member's employer link codes (the member only).</summary>
    public bool CanManageLinkCodes(long memberId) => IsMember(memberId);

    /// <summary>Whether the caller may ask an outside attestor to confirm a member's experience (the member only).</summary>
    public bool CanRequestAttestation(long memberId) => IsMember(memberId);

    /// <summary>Whether the caller may attest an experience as its host: the HR system of the experience's host organisation.</summary>
    public bool CanAttestAsHost(ExperienceRecord experience)
    {
        ArgumentNullException.ThrowIfNull(experience);
        return Caller.Role == CallerRole.HrSystem && experience.HostOrganisationId is { } host && host == Caller.OrganisationId;
    }

    /// <summary>Whether the caller may verify an experience: an assessor who may read its member.</summary>
    public async ValueTask<bool> CanVerifyExperienceAsync(ExperienceRecord experience, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(experience);
        return Caller.Role == CallerRole.Assessor && await CanReadMemberAsync(experience.MemberId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the caller may decide applications to a body's schemes: that body's assessors.</summary>
    public bool CanDecideApplicationsFor(long bodyId) => IsAssessorOf(bodyId);

    /// <summary>
    /// Whether the caller may run progression checks against a body's schemes, for members it may read
    /// (<see cref="CanReadMemberAsync"/>): a member (for themselves), that body's assessors, administrators; never an HR system.
    /// </summary>
    public bool CanCheckProgressionFor(long bodyId) => Caller.Role is CallerRole.Member or CallerRole.Admin || IsAssessorOf(bodyId);

    /// <summary>Whether the caller may see the batch eligibility view of a body's schemes: that body's assessors and administrators.</summary>
    public bool CanViewEligibilityFor(long bodyId) => CanAdminister || IsAssessorOf(bodyId);

    /// <summary>Whether the caller may define schemes and publish versions for a body: that body's assessors.</summary>
    public bool CanAuthorSchemesFor(long bodyId) => IsAssessorOf(bodyId);

    /// <summary>Whether the caller may record employments at an organisation and sync its workforce: that organisation's HR system.</summary>
    public bool CanManageWorkforceOf(long organisationId) =>
        Caller.Role == CallerRole.HrSystem && Caller.OrganisationId == organisationId;

    /// <summary>Whether the caller may write employments at all: members (their own), HR systems (their organisation's) and administrators.</summary>
    public bool CanWriteEmployments => Caller.Role is CallerRole.Member or CallerRole.HrSystem or CallerRole.Admin;

    /// <summary>
    /// Whether the caller may record, change or end an employment of a member at an organisation: the member (at any
    /// organisation), the organisation's HR system, an administrator. An HR system must also be able to read the member
    /// (<see cref="CanReadMemberAsync"/>: its employees, current or past).
    /// </summary>
    public bool CanWriteEmployment(long memberId, long organisationId) =>
        IsMember(memberId) || CanManageWorkforceOf(organisationId) || CanAdminister;

    private bool IsMember(long memberId) => Caller.Role == CallerRole.Member && Caller.MemberId == memberId;

    private bool IsAssessorOf(long bodyId) => Caller.Role == CallerRole.Assessor && Caller.BodyId == bodyId;

    private async Task<bool> AnyAsync<T>(Func<CpdDbContext, IQueryable<T>> query, CancellationToken cancellationToken)
    {
        var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await query(db).AnyAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
