using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Organisations;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>
/// The member's experience log: <c>log…</c> for each kind, <c>updateExperience</c> and <c>withdrawExperience</c>. Only the
/// member writes their own experiences (<see cref="AccessPolicy.CanWriteExperience"/>); the domain's factories
/// (<c>Secondment.Create</c>, …) decide what is valid, with the id from <see cref="IdAllocator"/>.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed partial class ExperienceMutations
{
    private const string Errors = "Errors: REQUIRED, TOO_LONG, END_BEFORE_START, FTE_OUT_OF_RANGE, HOURS_OUT_OF_RANGE, UNKNOWN_VALUE, UNKNOWN_SECTOR, UNKNOWN_PROFESSION, UNKNOWN_LEARNING_CATEGORY, DUPLICATE_VALUE, MALFORMED_ID, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN.";

    /// <summary>Logs a secondment of the caller's.</summary>
    [GraphQLDescription("Logs a secondment to a host organisation (members, for themselves). " + Errors)]
    public Task<LogSecondmentPayload> LogSecondmentAsync(LogSecondmentInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken) =>
        LogAsync(input, x => new LogSecondmentPayload(x), "logSecondment", Placement(ExperienceKind.Secondment, input?.HostOrganisationId, input), new(policy, contexts, ids, audit, mapper, clock), cancellationToken);

    /// <summary>Logs shadowing of the caller's.</summary>
    [GraphQLDescription("Logs shadowing at a host organisation (members, for themselves). " + Errors)]
    public Task<LogShadowingPayload> LogShadowingAsync(LogShadowingInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken) =>
        LogAsync(input, x => new LogShadowingPayload(x), "logShadowing", Placement(ExperienceKind.Shadowing, input?.HostOrganisationId, input), new(policy, contexts, ids, audit, mapper, clock), cancellationToken);

    /// <summary>Logs joint work of the caller's.</summary>
    [GraphQLDescription("Logs joint work (an integrated team or joint project) with a host organisation (members, for themselves). " + Errors)]
    public Task<LogJointWorkPayload> LogJointWorkAsync(LogJointWorkInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken) =>
        LogAsync(input, x => new LogJointWorkPayload(x), "logJointWork", Placement(ExperienceKind.JointWork, input?.HostOrganisationId, input), new(policy, contexts, ids, audit, mapper, clock), cancellationToken);

    /// <summary>Logs mentoring of the caller's.</summary>
    [GraphQLDescription("Logs mentoring given (MENTOR) or received (MENTEE), with the counterpart's sector and profession (members, for themselves). " + Errors)]
    public Task<LogMentoringPayload> LogMentoringAsync(LogMentoringInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var draft = new Draft(ExperienceKind.Mentoring)
        {
            Title = input.Title, MentoringRole = input.Role, CounterpartName = input.CounterpartName, CounterpartSectorCode = input.CounterpartSectorCode,
            CounterpartProfessionCode = input.CounterpartProfessionCode, Start = input.Start, End = input.End, Fte = input.Fte,
        };
        return LogAsync(input, x => new LogMentoringPayload(x), "logMentoring", (draft, null), new(policy, contexts, ids, audit, mapper, clock), cancellationToken);
    }

    /// <summary>Logs a peer challenge of the caller's.</summary>
    [GraphQLDescription("Logs a peer challenge, as REVIEWER or HOST, with a peer organisation (members, for themselves). " + Errors)]
    public Task<LogPeerChallengePayload> LogPeerChallengeAsync(LogPeerChallengeInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organisationId = GlobalId.ParseInput(input.PeerOrganisationId, GraphQLNames.Of<Organisation>(), "peerOrganisationId", out var malformed);
        var draft = new Draft(ExperienceKind.PeerChallenge)
        {
            Title = input.Title, PeerChallengeRole = input.Role, OrganisationId = organisationId, OrganisationField = "peerOrganisationId", Start = input.Date, Hours = input.Hours,
        };
        return LogAsync(input, x => new LogPeerChallengePayload(x), "logPeerChallenge", (draft, malformed), new(policy, contexts, ids, audit, mapper, clock), cancellationToken);
    }

    /// <summary>Logs a learning event of the caller's.</summary>
    [GraphQLDescription("Logs a cross-sector learning event: hours, learning categories and the sectors involved (members, for themselves). " + Errors)]
    public Task<LogLearningEventPayload> LogLearningEventAsync(LogLearningEventInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var draft = new Draft(ExperienceKind.LearningEvent)
        {
            Title = input.Title, Start = input.Date, Hours = input.Hours, Categories = input.Categories, SectorsInvolved = input.SectorsInvolved,
        };
        return LogAsync(input, x => new LogLearningEventPayload(x), "logLearningEvent", (draft, null), new(policy, contexts, ids, audit, mapper, clock), cancellationToken);
    }

    /// <summary>Logs other CPD of the caller's.</summary>
    [GraphQLDescription("Logs other learning: hours and learning categories (members, for themselves). " + Errors)]
    public Task<LogCpdActivityPayload> LogCpdActivityAsync(LogCpdActivityInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var draft = new Draft(ExperienceKind.CpdActivity) { Title = input.Title, Start = input.Date, Hours = input.Hours, Categories = input.Categories };
        return LogAsync(input, x => new LogCpdActivityPayload(x), "logCpdActivity", (draft, null), new(policy, contexts, ids, audit, mapper, clock), cancellationToken);
    }

    /// <summary>The draft of a secondment, shadowing or joint work (the three share their fields).</summary>
    private static (Draft Draft, UserError? Malformed) Placement(ExperienceKind kind, string? hostOrganisationId, MutationInput? input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organisationId = GlobalId.ParseInput(hostOrganisationId, GraphQLNames.Of<Organisation>(), "hostOrganisationId", out var malformed);
        var draft = new Draft(kind) { OrganisationId = organisationId };
        (draft.Title, draft.Start, draft.End, draft.Fte, draft.ProfessionCode) = input switch
        {
            LogSecondmentInput i => (i.Title, i.Start, i.End, i.Fte, i.ProfessionCode),
            LogShadowingInput i => (i.Title, i.Start, i.End, i.Fte, i.ProfessionCode),
            LogJointWorkInput i => (i.Title, i.Start, i.End, i.Fte, i.ProfessionCode),
            _ => throw new ArgumentException("Not a placement's input.", nameof(input)),
        };
        return (draft, malformed);
    }

    /// <summary>Adds a new experience of the caller's from a draft: access, domain validation, the row and its audit entry, one transaction.</summary>
    private static async Task<TPayload> LogAsync<TPayload>(MutationInput input, Func<Experience?, TPayload> payload, string action,
        (Draft Draft, UserError? Malformed) draft, Writer writer, CancellationToken cancellationToken)
        where TPayload : Payload
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = payload(null);
        var memberId = writer.Policy.Caller.MemberId.GetValueOrDefault();
        if (writer.Policy.DenyUnless(writer.Policy.CanWriteExperience(memberId), "Only a member may log their own experiences.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        if (draft.Malformed is { } malformed)
        {
            return input.Reject(rejected, malformed);
        }

        return await writer.Contexts.WriteAsync(input, rejected, async db =>
        {
            var id = await writer.Ids.NextAsync<ExperienceRecord>(db, cancellationToken).ConfigureAwait(false);
            var (experience, errors) = await draft.Draft.ValidateAsync(db, id, memberId, cancellationToken).ConfigureAwait(false);
            if (experience is null)
            {
                return input.Reject(rejected, errors);
            }

            var now = writer.Clock.GetCurrentInstant();
            var record = new ExperienceRecord { Id = id, MemberId = memberId, CreatedAt = now, UpdatedAt = now };
            await ApplyAsync(db, record, experience, cancellationToken).ConfigureAwait(false);
            db.Experiences.Add(record);
            await LoadReferencesAsync(db, record, cancellationToken).ConfigureAwait(false);
            await writer.Audit.RecordAsync(db, writer.Policy.Caller, action, "Experience", id, $"{record.Kind} '{record.Title}'", cancellationToken).ConfigureAwait(false);
            return input.Accept(payload(writer.Mapper.Map<Experience>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Tracks the rows a new record refers to, so that its navigations are fixed up and the payload shows the host
    /// organisation, sectors and professions (only their ids were set).
    /// </summary>
    private static async Task LoadReferencesAsync(CpdDbContext db, ExperienceRecord record, CancellationToken cancellationToken)
    {
        if (record.HostOrganisationId is { } host)
        {
            await db.Organisations.AsTracking().Include(o => o.Sector).Where(o => o.Id == host).LoadAsync(cancellationToken).ConfigureAwait(false);
        }

        if (record.CounterpartSectorId is { } sector)
        {
            await db.Sectors.AsTracking().Where(s => s.Id == sector).LoadAsync(cancellationToken).ConfigureAwait(false);
        }

        long[] professions = [.. new[] { record.ProfessionId, record.CounterpartProfessionId }.OfType<long>()];
        if (professions.Length > 0)
        {
            await db.Professions.AsTracking().Where(p => professions.Contains(p.Id)).LoadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The services every experience mutation uses.</summary>
    private sealed record Writer(AccessPolicy Policy, IDbContextFactory<CpdDbContext> Contexts, IdAllocator Ids, AuditLog Audit, IMapper Mapper, IClock Clock);
}
