using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Queries;
using Cpd.Api.Schema.Accreditation;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Domain;
using Cpd.Domain.Accreditation;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Applications;

/// <summary><c>applyForAccreditation</c> (a member for themselves) and <c>decideApplication</c> (the body's assessors, administrators); the domain's <c>Application</c> decides.</summary>
[ExtendObjectType("Mutation")]
public sealed class ApplicationMutations
{
    /// <summary>Applies for a scheme: evaluates the member now against the effective version and snapshots the report.</summary>
    [GraphQLDescription("Applies for a scheme (members, for themselves): evaluates you today (UTC) against the version effective today and keeps the report with the application; applying gives the scheme body's assessors access to your record for the assessment. Errors: MALFORMED_ID, NOT_FOUND, NO_EFFECTIVE_VERSION, APPLICATION_PENDING (you already have a pending application for the scheme), UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<ApplyForAccreditationPayload> ApplyForAccreditationAsync(
        ApplyForAccreditationInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids,
        [Service] AuditLog audit,
        [Service] IMapper mapper,
        [Service] SchemeVersionPlans plans,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(policy);
        var rejected = new ApplyForAccreditationPayload(null);
        var memberId = policy.Caller.MemberId ?? 0;
        if (policy.DenyUnless(policy.CanApply(memberId), "Only a member may apply, for themselves.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var schemeId = GlobalId.ParseInput(input.SchemeId, GraphQLNames.Of<Accreditation.Scheme>(), "schemeId", out var malformed);
        if (malformed is not null)
        {
            return input.Reject(rejected, malformed);
        }

        var today = MemberQueries.Today(policy);
        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var scheme = await db.Schemes.Where(s => s.Id == schemeId).Select(s => new { s.Code, Versions = s.Versions.Select(v => new { v.Id, v.Number, v.EffectiveFrom }).ToList() })
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (scheme is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "schemeId", $"No Scheme has the id \"{input.SchemeId}\"."));
            }

            var effective = scheme.Versions.Where(v => v.EffectiveFrom <= today).MaxBy(v => v.Number);
            if (effective is null)
            {
                return input.Reject(rejected, UserError.At(AccreditationErrorCodes.NoEffectiveVersion, "schemeId", $"No version of the scheme {scheme.Code} is effective today."));
            }

            if (await db.Applications.AnyAsync(a => a.MemberId == memberId && a.Status == ApplicationStatus.Pending && a.SchemeVersion!.SchemeId == schemeId, cancellationToken).ConfigureAwait(false))
            {
                return input.Reject(rejected, UserError.At(AccreditationErrorCodes.ApplicationPending, "schemeId", $"You already have a pending application for {scheme.Code}; wait for its decision."));
            }

            var compiled = (await plans.GetAsync(db, effective.Id, cancellationToken).ConfigureAwait(false))!;
            var career = await db.LoadCareerAsync(memberId, await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (career is null)
            {
                return input.Reject(rejected, new UserError(ApiErrorCodes.Forbidden, "Your member record does not exist."));
            }

            var report = compiled.Plan.Evaluate(career, today);
            var id = await ids.NextAsync<ApplicationRecord>(db, cancellationToken).ConfigureAwait(false);
            var application = Domain.Accreditation.Application.Submit(id, memberId, compiled.Version, today, report.ToSnapshot());
            if (!application.IsSuccess)
            {
                return input.Reject(rejected, application.Errors);
            }

            var record = new ApplicationRecord
            {
                Id = id, MemberId = memberId, SchemeVersionId = effective.Id, AppliedOn = today, Status = ApplicationStatus.Pending,
                SnapshotJson = EligibilityReportJson.Serialize(report),
            };
            db.Applications.Add(record);
            await AttachVersionAsync(db, record, cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(db, policy.Caller, "applyForAccreditation", "Application", id,
                $"Member {memberId} applied for {scheme.Code} version {effective.Number} ({(report.Eligible ? "eligible" : "not eligible")})", cancellationToken).ConfigureAwait(false);
            return input.Accept(new ApplyForAccreditationPayload(mapper.Map<Application>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Awards or refuses a pending application.</summary>
    [GraphQLDescription("Awards or refuses a pending application (the scheme body's assessors, administrators). An award records the scheme, the version applied for, today (UTC) and the expiry (today + the version's validity); awarding an application whose snapshot was not eligible needs a reason (an override). Errors: MALFORMED_ID, NOT_FOUND, NOT_ELIGIBLE (at reason), REQUIRED (a refusal's reason), TOO_LONG, ALREADY_DECIDED, CONFLICT (stale expectedVersion or a concurrent decision), UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<DecideApplicationPayload> DecideApplicationAsync(
        DecideApplicationInput input,
        [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids,
        [Service] AuditLog audit,
        [Service] IMapper mapper,
        [Service] SchemeVersionPlans plans,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(policy);
        var rejected = new DecideApplicationPayload(null, null);
        if (policy.DenyUnless(policy.CanAdminister || policy.Caller.Role == CallerRole.Assessor, "Only assessors and administrators decide applications.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var applicationId = GlobalId.ParseInput(input.ApplicationId, GraphQLNames.Of<Application>(), "applicationId", out var malformed);
        if (malformed is not null)
        {
            return input.Reject(rejected, malformed);
        }

        var today = MemberQueries.Today(policy);
        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var record = await db.Applications.Include(a => a.SchemeVersion).ThenInclude(v => v!.Scheme).SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "applicationId", $"No Application has the id \"{input.ApplicationId}\"."));
            }

            var scheme = record.SchemeVersion!.Scheme!;
            if (policy.DenyUnless(policy.CanAdminister || policy.CanDecideApplicationsFor(scheme.BodyId), "Only the scheme body's assessors or an administrator may decide this application.") is { } other)
            {
                return input.Reject(rejected, other);
            }

            if (input.ExpectedVersion is { } expected && record.Version != expected)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.Conflict, "expectedVersion", $"The application is at version {record.Version}, not {expected}; read it again and retry."));
            }

            if (record.Status != ApplicationStatus.Pending)
            {
                return input.Reject(rejected, UserError.At(AccreditationErrors.AlreadyDecided, "applicationId", $"The application was already {record.Status.ToString().ToLowerInvariant()}."));
            }

            var compiled = (await plans.GetAsync(db, record.SchemeVersionId, cancellationToken).ConfigureAwait(false))!;
            var snapshot = EligibilityReportJson.ReadSnapshot(record.SnapshotJson, compiled.Version.SchemeId, compiled.Version.Number, record.AppliedOn);
            var application = Domain.Accreditation.Application.Submit(record.Id, record.MemberId, compiled.Version, record.AppliedOn, snapshot).Unwrap();
            AwardRecord? award = null;
            Domain.Accreditation.Application decided;
            if (input.Decision == ApplicationDecision.Award)
            {
                var awardId = await ids.NextAsync<AwardRecord>(db, cancellationToken).ConfigureAwait(false);
                var result = application.Award(awardId, today, input.Reason);
                if (!result.IsSuccess)
                {
                    return input.Reject(rejected, Errors(result.Errors));
                }

                decided = result.Value.Application;
                award = new AwardRecord
                {
                    Id = awardId, MemberId = record.MemberId, SchemeId = scheme.Id, Scheme = scheme, SchemeVersionId = record.SchemeVersionId, SchemeVersion = record.SchemeVersion,
                    ApplicationId = record.Id, AwardedOn = result.Value.Award.AwardedOn, ExpiresOn = result.Value.Award.ExpiresOn,
                };
                db.Awards.Add(award);
            }
            else
            {
                var result = application.Refuse(today, input.Reason ?? "");
                if (!result.IsSuccess)
                {
                    return input.Reject(rejected, Errors(result.Errors));
                }

                decided = result.Value;
            }

            record.Status = decided.Status;
            record.Reason = decided.DecisionReason;
            record.DecidedAt = policy.Now;
            record.DecidedByKeyId = policy.Caller.KeyId;
            db.Bump(record);
            if (input.ExpectedVersion is { } version)
            {
                db.ExpectVersion(record, version);
            }

            await AttachVersionAsync(db, record, cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(db, policy.Caller, "decideApplication", "Application", record.Id,
                $"{decided.Status} {scheme.Code} version {record.SchemeVersion.Number} for member {record.MemberId}" + (decided.DecisionReason is null ? "" : ": " + decided.DecisionReason),
                cancellationToken).ConfigureAwait(false);
            return input.Accept(new DecideApplicationPayload(mapper.Map<Application>(record), award is null ? null : mapper.Map<Award>(award)));
        }, cancellationToken).ConfigureAwait(false);
    }

    // The domain names the override reason overrideReason and the refusal's reason; both are input.reason here.
    private static IEnumerable<UserError> Errors(IEnumerable<DomainError> errors) => errors.Select(e => e.Field is "overrideReason" or "reason"
        ? UserError.At(e.Code, "reason", e.Message)
        : new UserError(e.Code, e.Message));

    // Loads the version, its scheme, the scheme's body and versions onto the record, for the output map.
    private static async Task AttachVersionAsync(CpdDbContext db, ApplicationRecord record, CancellationToken cancellationToken) =>
        record.SchemeVersion = await db.SchemeVersions.Include(v => v.Scheme).ThenInclude(s => s!.Body).Include(v => v.Scheme).ThenInclude(s => s!.Versions)
            .SingleAsync(v => v.Id == record.SchemeVersionId, cancellationToken).ConfigureAwait(false);
}
