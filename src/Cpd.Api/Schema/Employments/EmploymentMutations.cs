using System.Globalization;
using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Domain;
using Cpd.Domain.Taxonomy;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Organisation = Cpd.Api.Schema.Organisations.Organisation;

namespace Cpd.Api.Schema.Employments;

/// <summary>
/// One employment at a time: <c>recordEmployment</c>, <c>updateEmployment</c>, <c>endEmployment</c>. Who may write is
/// <see cref="AccessPolicy.CanWriteEmployment"/>: the member (their own, at any organisation), the organisation's HR
/// system (for its employees, current or past) and administrators. <c>Employment.Create</c> (and <c>EndOn</c>) decide what
/// is valid; employments may overlap (a second job, a secondment's substantive post).
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class EmploymentMutations
{
    private const string Errors = "Errors: REQUIRED, TOO_LONG, UNKNOWN_PROFESSION, END_BEFORE_START, FTE_OUT_OF_RANGE, MALFORMED_ID, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN";

    /// <summary>Records an employment of a member at an organisation.</summary>
    [GraphQLDescription("Records an employment of a member at an organisation. A member records their own, at any organisation (organisationId required). " +
        "An HR system records employments at its own organisation (organisationId defaults to it; another organisation is FORBIDDEN) for its employees, " +
        "current or past (members it has an employment for; anyone else is NOT_FOUND): take a new joiner on through syncWorkforce with the employer link code they gave you (linkCode). " +
        "An administrator records any (organisationId required). Employments may overlap. " + Errors + ".")]
    public async Task<RecordEmploymentPayload> RecordEmploymentAsync(RecordEmploymentInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new RecordEmploymentPayload(null, null);
        var refused = await AuthoriseRecordAsync(input, policy, cancellationToken).ConfigureAwait(false);
        if (refused.Error is { } error)
        {
            return input.Reject(rejected, error);
        }

        var (memberId, organisationId) = (refused.MemberId, refused.OrganisationId);
        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken).ConfigureAwait(false);
            var organisation = await db.Organisations.Include(o => o.Sector).SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false);
            if (member is null || organisation is null)
            {
                return input.Reject(rejected, member is null
                    ? UserError.At(ApiErrorCodes.NotFound, "memberId", $"No member has the id \"{input.MemberId}\".")
                    : UserError.At(ApiErrorCodes.NotFound, "organisationId", $"No organisation has the id \"{input.OrganisationId}\"."));
            }

            var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
            var id = await ids.NextAsync<EmploymentRecord>(db, cancellationToken).ConfigureAwait(false);
            var job = Domain.Careers.Employment.Create(id, memberId, Employer(organisation, taxonomy), input.Role, input.ProfessionCode, input.Start, input.End, input.Fte, taxonomy);
            if (!job.IsSuccess)
            {
                return input.Reject(rejected, job.Errors);
            }

            var record = new EmploymentRecord { Id = id, MemberId = memberId, Member = member, OrganisationId = organisationId, Organisation = organisation };
            await ApplyAsync(db, record, job.Value, cancellationToken).ConfigureAwait(false);
            db.Employments.Add(record);
            await audit.RecordAsync(db, policy.Caller, "recordEmployment", "Employment", id, Summary(record), cancellationToken).ConfigureAwait(false);
            return input.Accept(new RecordEmploymentPayload(mapper.Map<Employment>(record), mapper.Map<Member>(member)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes an employment.</summary>
    [GraphQLDescription("Changes fields of an employment (its member, the HR system of its organisation, or an administrator); the whole employment is validated again. " +
        "A stale expectedVersion is refused with CONFLICT (a workforce sync or another edit changed it since you read it). " +
        "Employments synced by syncWorkforce follow the HR extract: the next sync row that differs sets them back. " + Errors + ", BAD_USER_INPUT (end and ongoing together), CONFLICT.")]
    public Task<UpdateEmploymentPayload> UpdateEmploymentAsync(UpdateEmploymentInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] AuditLog audit, [Service] IMapper mapper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var malformed = input is { Ongoing: true, End: not null }
            ? UserError.At(ApiErrorCodes.BadUserInput, "ongoing", "Give either a new end or ongoing: true, not both.")
            : null;
        return ChangeAsync(input, input.EmploymentId, input.ExpectedVersion, "updateEmployment", (current, taxonomy) => Domain.Careers.Employment.Create(
                current.Id, current.MemberId, current.Organisation, input.Role ?? current.Role, input.ProfessionCode ?? current.ProfessionCode, input.Start ?? current.Start,
                input.Ongoing == true ? null : input.End ?? current.End, input.Fte ?? current.Fte, taxonomy),
            (employment, member) => new UpdateEmploymentPayload(employment, member), malformed, new(policy, contexts, audit, mapper), cancellationToken);
    }

    /// <summary>Ends an employment.</summary>
    [GraphQLDescription("Ends an employment on its last day (a leaver; or corrects the end of an ended one): its member, the HR system of its organisation, or an administrator. " +
        "Errors: END_BEFORE_START, MALFORMED_ID, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, CONFLICT.")]
    public Task<EndEmploymentPayload> EndEmploymentAsync(EndEmploymentInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] AuditLog audit, [Service] IMapper mapper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(input, input.EmploymentId, input.ExpectedVersion, "endEmployment", (current, _) => current.EndOn(input.End),
            (employment, member) => new EndEmploymentPayload(employment, member), null, new(policy, contexts, audit, mapper), cancellationToken);
    }

    /// <summary>The member and organisation of a new employment, or why the caller may not record it.</summary>
    private static async Task<(long MemberId, long OrganisationId, UserError? Error)> AuthoriseRecordAsync(RecordEmploymentInput input, AccessPolicy policy, CancellationToken cancellationToken)
    {
        if (policy.DenyUnless(policy.CanWriteEmployments, "Only a member, an HR system or an administrator may record employments.") is { } denied)
        {
            return (0, 0, denied);
        }

        var memberId = GlobalId.ParseInput(input.MemberId, GraphQLNames.Of<Member>(), "memberId", out var malformed);
        UserError? malformedOrganisation = null;
        var organisationId = input.OrganisationId is null
            ? policy.Caller.OrganisationId.GetValueOrDefault()
            : GlobalId.ParseInput(input.OrganisationId, GraphQLNames.Of<Organisation>(), "organisationId", out malformedOrganisation);
        if ((malformed ?? malformedOrganisation) is { } error)
        {
            return (0, 0, error);
        }

        if (organisationId == 0)
        {
            return (0, 0, UserError.At(CommonErrors.Required, "organisationId", "Name the organisation of the employment."));
        }

        if (policy.DenyUnless(policy.CanWriteEmployment(memberId, organisationId), "A member records only their own employments, and an HR system only at its own organisation.") is { } forbidden)
        {
            return (0, 0, forbidden);
        }

        // An HR system records employments only for the people it employs or employed; others are not found, as they are not visible to it.
        return await policy.CanReadMemberAsync(memberId, cancellationToken).ConfigureAwait(false)
            ? (memberId, organisationId, null)
            : (0, 0, UserError.At(ApiErrorCodes.NotFound, "memberId", $"No member you may record employments for has the id \"{input.MemberId}\"."));
    }

    /// <summary>
    /// Changes an employment the caller may write: finds it (another's is NOT_FOUND, like a missing one), checks the
    /// version, lets the domain build the changed employment, saves it with its audit entry and a bumped version.
    /// </summary>
    private static async Task<TPayload> ChangeAsync<TPayload>(MutationInput input, string employmentId, long expectedVersion, string action,
        Func<Domain.Careers.Employment, CareerTaxonomy, Result<Domain.Careers.Employment>> change, Func<Employment?, Member?, TPayload> payload,
        UserError? malformed, Writer writer, CancellationToken cancellationToken)
        where TPayload : Payload
    {
        var rejected = payload(null, null);
        var policy = writer.Policy;
        if (policy.DenyUnless(policy.CanWriteEmployments, "Only a member, an HR system or an administrator may change employments.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var id = GlobalId.ParseInput(employmentId, GraphQLNames.Of<Employment>(), "employmentId", out var malformedId);
        if ((malformedId ?? malformed) is { } error)
        {
            return input.Reject(rejected, error);
        }

        return await writer.Contexts.WriteAsync(input, rejected, async db =>
        {
            var record = await db.Employments.Include(e => e.Member).Include(e => e.Organisation!.Sector).Include(e => e.Profession)
                .SingleOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
            if (record is null || !policy.CanWriteEmployment(record.MemberId, record.OrganisationId))
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "employmentId", $"No employment you may change has the id \"{employmentId}\"."));
            }

            if (record.Version != expectedVersion)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.Conflict, "expectedVersion",
                    $"The employment is at version {record.Version}, not {expectedVersion}; read it again and retry."));
            }

            var taxonomy = await db.LoadTaxonomyAsync(cancellationToken).ConfigureAwait(false);
            var current = Domain.Careers.Employment.Create(record.Id, record.MemberId, Employer(record.Organisation!, taxonomy), record.Role, record.Profession!.Code,
                record.Start, record.End, record.Fte, taxonomy);
            var changed = current.IsSuccess ? change(current.Value, taxonomy) : current;
            if (!changed.IsSuccess)
            {
                return input.Reject(rejected, changed.Errors);
            }

            await ApplyAsync(db, record, changed.Value, cancellationToken).ConfigureAwait(false);
            db.Bump(record);
            db.ExpectVersion(record, expectedVersion);
            await writer.Audit.RecordAsync(db, policy.Caller, action, "Employment", record.Id, Summary(record), cancellationToken).ConfigureAwait(false);
            return input.Accept(payload(writer.Mapper.Map<Employment>(record), writer.Mapper.Map<Member>(record.Member)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The domain's view of a stored organisation.</summary>
    private static Domain.Careers.Organisation Employer(OrganisationRecord organisation, CareerTaxonomy taxonomy) =>
        Domain.Careers.Organisation.Create(organisation.Id, organisation.Name, organisation.Sector!.Code, organisation.PlaceCode, taxonomy).Unwrap();

    /// <summary>Copies the domain's (normalised) values onto the record, with the profession's row.</summary>
    private static async Task ApplyAsync(CpdDbContext db, EmploymentRecord record, Domain.Careers.Employment job, CancellationToken cancellationToken)
    {
        if (record.Profession?.Code != job.ProfessionCode)
        {
            record.Profession = await db.Professions.SingleAsync(p => p.Code == job.ProfessionCode, cancellationToken).ConfigureAwait(false);
            record.ProfessionId = record.Profession.Id;
        }

        (record.Role, record.Start, record.End, record.Fte) = (job.Role, job.Start, job.End, job.Fte);
    }

    private static string Summary(EmploymentRecord record) => string.Create(CultureInfo.InvariantCulture,
        $"{record.Role} ({record.Profession!.Code}) at {record.Organisation!.Name}, {record.Start:uuuu'-'MM'-'dd} to {(record.End is { } end ? end.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture) : "ongoing")}, FTE {record.Fte}");

    /// <summary>The services the change mutations use.</summary>
    private sealed record Writer(AccessPolicy Policy, IDbContextFactory<CpdDbContext> Contexts, AuditLog Audit, IMapper Mapper);
}
