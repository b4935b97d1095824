using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Organisations;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

public sealed partial class ExperienceMutations
{
    /// <summary>Changes one of the caller's experiences.</summary>
    [GraphQLDescription("Changes fields of one of your experiences; the whole experience is validated again. A stale expectedVersion is refused with CONFLICT. " +
        "Errors: as log…, and NOT_APPLICABLE (a field of another kind), ALREADY_WITHDRAWN, CONFLICT.")]
    public async Task<UpdateExperiencePayload> UpdateExperienceAsync(UpdateExperienceInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new UpdateExperiencePayload(null);
        var (id, memberId, refused) = Authorise(input.Id, policy, "change");
        UserError? malformedHost = null;
        var hostId = input.HostOrganisationId is null ? (long?)null
            : GlobalId.ParseInput(input.HostOrganisationId, GraphQLNames.Of<Organisation>(), "hostOrganisationId", out malformedHost);
        if ((refused ?? malformedHost) is { } error)
        {
            return input.Reject(rejected, error);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var (record, missing) = await FindOwnAsync(db, id, memberId, input.Id, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(rejected, missing!);
            }

            if (record.Version != input.ExpectedVersion)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.Conflict, "expectedVersion",
                    $"The experience is at version {record.Version}, not {input.ExpectedVersion}; read it again and retry."));
            }

            var draft = Draft.From(record);
            var notApplicable = Change(draft, input, hostId);
            if (notApplicable.Count > 0)
            {
                return input.Reject(rejected, notApplicable);
            }

            var (experience, errors) = await draft.ValidateAsync(db, record.Id, record.MemberId, cancellationToken).ConfigureAwait(false);
            if (experience is null)
            {
                return input.Reject(rejected, errors);
            }

            await ApplyAsync(db, record, experience, cancellationToken).ConfigureAwait(false);
            record.UpdatedAt = clock.GetCurrentInstant();
            db.Bump(record);
            db.ExpectVersion(record, input.ExpectedVersion);
            await audit.RecordAsync(db, policy.Caller, "updateExperience", "Experience", record.Id, $"{record.Kind} '{record.Title}'", cancellationToken).ConfigureAwait(false);
            return input.Accept(new UpdateExperiencePayload(mapper.Map<Experience>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Withdraws one of the caller's experiences.</summary>
    [GraphQLDescription("Withdraws one of your experiences: it stays on record but no longer counts towards any requirement. " +
        "Errors: MALFORMED_ID, NOT_FOUND, ALREADY_WITHDRAWN, UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<WithdrawExperiencePayload> WithdrawExperienceAsync(WithdrawExperienceInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new WithdrawExperiencePayload(null);
        var (id, memberId, refused) = Authorise(input.Id, policy, "withdraw");
        if (refused is not null)
        {
            return input.Reject(rejected, refused);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var (record, missing) = await FindOwnAsync(db, id, memberId, input.Id, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(rejected, missing!);
            }

            record.WithdrawnAt = record.UpdatedAt = clock.GetCurrentInstant();
            db.Bump(record);
            await audit.RecordAsync(db, policy.Caller, "withdrawExperience", "Experience", record.Id, $"{record.Kind} '{record.Title}'", cancellationToken).ConfigureAwait(false);
            return input.Accept(new WithdrawExperiencePayload(mapper.Map<Experience>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The experience's id and the calling member, or why the caller may not change experiences.</summary>
    private static (long Id, long MemberId, UserError? Refused) Authorise(string globalId, AccessPolicy policy, string verb)
    {
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanWriteExperience(memberId), $"Only a member may {verb} their own experiences.") is { } denied)
        {
            return (0, 0, denied);
        }

        var id = GlobalId.ParseInput(globalId, GraphQLNames.Of<Experience>(), "id", out var malformed);
        return (id, memberId, malformed);
    }

    /// <summary>
    /// One of the member's experiences that has not been withdrawn, tracked, with what the domain and the output need; another
    /// member's experience is NOT_FOUND like a missing one, so that ids of others' records reveal nothing.
    /// </summary>
    private static async Task<(ExperienceRecord? Record, UserError? Error)> FindOwnAsync(CpdDbContext db, long id, long memberId, string globalId, CancellationToken cancellationToken)
    {
        var record = await db.Experiences
            .Include(x => x.Profession).Include(x => x.CounterpartSector).Include(x => x.CounterpartProfession).Include(x => x.Attestations)
            .SingleOrDefaultAsync(x => x.Id == id && x.MemberId == memberId, cancellationToken).ConfigureAwait(false);
        return record switch
        {
            null => (null, UserError.At(ApiErrorCodes.NotFound, "id", $"You have no experience with the id \"{globalId}\".")),
            { WithdrawnAt: not null } => (null, UserError.At(ApiErrorCodes.AlreadyWithdrawn, "id", "This experience was withdrawn; log a new one instead.")),
            _ => (record, null),
        };
    }

    /// <summary>Applies the input's changes to the draft; the fields given that do not apply to its kind.</summary>
    private static List<UserError> Change(Draft draft, UpdateExperienceInput input, long? hostId)
    {
        var notApplicable = new List<UserError>();
        T Set<T>(T current, T? given, bool applies, string field)
            where T : struct
        {
            if (given is null)
            {
                return current;
            }

            if (!applies)
            {
                notApplicable.Add(UserError.At(ApiErrorCodes.NotApplicable, field, $"{field} does not apply to a {draft.Kind} experience."));
                return current;
            }

            return given.Value;
        }

        TRef? SetRef<TRef>(TRef? current, TRef? given, bool applies, string field)
            where TRef : class
        {
            if (given is null)
            {
                return current;
            }

            if (!applies)
            {
                notApplicable.Add(UserError.At(ApiErrorCodes.NotApplicable, field, $"{field} does not apply to a {draft.Kind} experience."));
                return current;
            }

            return given;
        }

        var placement = draft.HasOrganisation && draft.IsPeriod;
        var mentoring = draft.Kind == Domain.Experiences.ExperienceKind.Mentoring;
        var learning = draft.Kind is Domain.Experiences.ExperienceKind.LearningEvent or Domain.Experiences.ExperienceKind.CpdActivity;
        draft.Title = input.Title ?? draft.Title;
        if (hostId is not null)
        {
            draft.OrganisationId = Set(hostId.Value, hostId, draft.HasOrganisation, "hostOrganisationId");
        }

        draft.ProfessionCode = SetRef(draft.ProfessionCode, input.ProfessionCode, placement, "professionCode");
        draft.CounterpartName = SetRef(draft.CounterpartName, input.CounterpartName, mentoring, "counterpartName");
        draft.CounterpartSectorCode = SetRef(draft.CounterpartSectorCode, input.CounterpartSectorCode, mentoring, "counterpartSectorCode");
        draft.Start = Set(draft.Start, input.Start, draft.IsPeriod, "start");
        if (input.End is not null)
        {
            draft.End = Set(input.End.Value, input.End, draft.IsPeriod, "end");
        }

        if (Set(false, input.Ongoing, draft.IsPeriod, "ongoing"))
        {
            draft.End = null;
        }

        draft.Fte = Set(draft.Fte, input.Fte, draft.IsPeriod, "fte");
        draft.Start = Set(draft.Start, input.Date, !draft.IsPeriod, "date");
        draft.Hours = Set(draft.Hours, input.Hours, !draft.IsPeriod, "hours");
        draft.Categories = SetRef(draft.Categories, input.Categories, learning, "categories")!;
        draft.SectorsInvolved = SetRef(draft.SectorsInvolved, input.SectorsInvolved, draft.Kind == Domain.Experiences.ExperienceKind.LearningEvent, "sectorsInvolved")!;
        return notApplicable;
    }
}
