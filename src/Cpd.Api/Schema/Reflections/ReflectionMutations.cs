using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Experiences;
using Cpd.Domain;
using Cpd.Domain.Reflections;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using DomainReflection = Cpd.Domain.Reflections.Reflection;
using Reflection = Cpd.Api.Schema.Experiences.Reflection;

namespace Cpd.Api.Schema.Reflections;

/// <summary>
/// The member's reflections: <c>addReflection</c>, <c>updateReflection</c> and <c>setReflectionVisibility</c>. Only the
/// member writes them (<see cref="AccessPolicy.CanWriteReflection"/>); the domain's <see cref="DomainReflection"/> decides
/// what is valid (what did not work is required). Audit entries never carry a reflection's text.
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class ReflectionMutations
{
    /// <summary>Adds a reflection of the caller's.</summary>
    [GraphQLDescription("Adds a reflection (members, for themselves), on one of your experiences (one each) or general; PRIVATE unless you choose otherwise. " +
        "Errors: REQUIRED (whatDidNotWork), TOO_LONG, MALFORMED_ID, NOT_FOUND, ALREADY_WITHDRAWN, ALREADY_EXISTS (the experience has a reflection: use updateReflection), UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<AddReflectionPayload> AddReflectionAsync(AddReflectionInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new AddReflectionPayload(null);
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanWriteReflection(memberId), "Only a member may write their own reflections.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        UserError? malformed = null;
        var experienceId = input.ExperienceId is null ? (long?)null
            : GlobalId.ParseInput(input.ExperienceId, GraphQLNames.Of<Experience>(), "experienceId", out malformed);
        if (malformed is not null)
        {
            return input.Reject(rejected, malformed);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            if (experienceId is { } about && await CheckExperienceAsync(db, about, memberId, cancellationToken).ConfigureAwait(false) is { } refused)
            {
                return input.Reject(rejected, refused);
            }

            var id = await ids.NextAsync<ReflectionRecord>(db, cancellationToken).ConfigureAwait(false);
            var created = DomainReflection.Create(id, memberId, experienceId, input.WhatWorked, input.WhatDidNotWork ?? "", input.WhatIdDoDifferently,
                input.Visibility ?? ReflectionVisibility.Private, clock);
            if (!created.IsSuccess)
            {
                return input.Reject(rejected, created.Errors);
            }

            var record = new ReflectionRecord { Id = id, MemberId = memberId, ExperienceId = experienceId, CreatedAt = created.Value.RecordedAt };
            Apply(record, created.Value, clock);
            db.Reflections.Add(record);
            await audit.RecordAsync(db, policy.Caller, "addReflection", "Reflection", id, Summary(record), cancellationToken).ConfigureAwait(false);
            return input.Accept(new AddReflectionPayload(mapper.Map<Reflection>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes the text of one of the caller's reflections.</summary>
    [GraphQLDescription("Changes the text of one of your reflections; the whole reflection is validated again. A stale expectedVersion is refused with CONFLICT. " +
        "Errors: REQUIRED (whatDidNotWork), TOO_LONG, MALFORMED_ID, NOT_FOUND, CONFLICT, UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<UpdateReflectionPayload> UpdateReflectionAsync(UpdateReflectionInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await ChangeAsync(input, new UpdateReflectionPayload(null), "id", input.Id, input.ExpectedVersion, "updateReflection", record =>
            DomainReflection.Restore(record.Id, record.MemberId, record.ExperienceId, input.WhatWorked ?? record.WhatWorked, input.WhatDidNotWork ?? record.WhatDidNotWork,
                input.WhatIdDoDifferently ?? record.WhatIdDoDifferently, record.Visibility, record.CreatedAt),
            r => new UpdateReflectionPayload(r), new(policy, contexts, audit, mapper, clock), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes who may read one of the caller's reflections.</summary>
    [GraphQLDescription("Changes who may read one of your reflections: PRIVATE (you only), SHARED_WITH_ASSESSORS (assessors of bodies you applied to or granted access), PUBLISHED_ANONYMISED (also a lesson, without your identity). HR systems never read reflections. " +
        "Errors: MALFORMED_ID, NOT_FOUND, CONFLICT (with a stale expectedVersion), UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<SetReflectionVisibilityPayload> SetReflectionVisibilityAsync(SetReflectionVisibilityInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] AuditLog audit, [Service] IMapper mapper, [Service] IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await ChangeAsync(input, new SetReflectionVisibilityPayload(null), "reflectionId", input.ReflectionId, input.ExpectedVersion, "setReflectionVisibility", record =>
            {
                var stored = DomainReflection.Restore(record.Id, record.MemberId, record.ExperienceId, record.WhatWorked, record.WhatDidNotWork, record.WhatIdDoDifferently, record.Visibility, record.CreatedAt);
                return stored.IsSuccess ? stored.Value.WithVisibility(input.Visibility) : stored;
            },
            r => new SetReflectionVisibilityPayload(r), new(policy, contexts, audit, mapper, clock), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes one of the caller's reflections: access, the id, the version, the domain's verdict, the row and its audit entry, one transaction.</summary>
    private static async Task<TPayload> ChangeAsync<TPayload>(MutationInput input, TPayload rejected, string idField, string globalId, long? expectedVersion, string action,
        Func<ReflectionRecord, Result<DomainReflection>> change, Func<Reflection, TPayload> accepted, Writer writer, CancellationToken cancellationToken)
        where TPayload : Payload
    {
        var policy = writer.Policy;
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanWriteReflection(memberId), "Only a member may change their own reflections.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var id = GlobalId.ParseInput(globalId, GraphQLNames.Of<Reflection>(), idField, out var malformed);
        if (malformed is not null)
        {
            return input.Reject(rejected, malformed);
        }

        return await writer.Contexts.WriteAsync(input, rejected, async db =>
        {
            // Another member's reflection is NOT_FOUND like a missing one, so that ids reveal nothing.
            var record = await db.Reflections.SingleOrDefaultAsync(r => r.Id == id && r.MemberId == memberId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, idField, $"You have no reflection with the id \"{globalId}\"."));
            }

            if (expectedVersion is { } expected && record.Version != expected)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.Conflict, "expectedVersion", $"The reflection is at version {record.Version}, not {expected}; read it again and retry."));
            }

            var changed = change(record);
            if (!changed.IsSuccess)
            {
                return input.Reject(rejected, changed.Errors);
            }

            Apply(record, changed.Value, writer.Clock);
            db.Bump(record);
            if (expectedVersion is { } version)
            {
                db.ExpectVersion(record, version);
            }

            await writer.Audit.RecordAsync(db, policy.Caller, action, "Reflection", record.Id, Summary(record), cancellationToken).ConfigureAwait(false);
            return input.Accept(accepted(writer.Mapper.Map<Reflection>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Why a reflection cannot be written about an experience: not the member's, withdrawn, or already reflected on; null when it can.</summary>
    private static async Task<UserError?> CheckExperienceAsync(CpdDbContext db, long experienceId, long memberId, CancellationToken cancellationToken)
    {
        var experience = await db.Experiences.Where(x => x.Id == experienceId && x.MemberId == memberId)
            .Select(x => new { x.WithdrawnAt, Reflected = x.Reflections.Any() })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return experience switch
        {
            null => UserError.At(ApiErrorCodes.NotFound, "experienceId", "You have no experience with this id."),
            { WithdrawnAt: not null } => UserError.At(ApiErrorCodes.AlreadyWithdrawn, "experienceId", "This experience was withdrawn; reflect on a current one."),
            { Reflected: true } => UserError.At(ApiErrorCodes.AlreadyExists, "experienceId", "This experience already has a reflection; change it with updateReflection."),
            _ => null,
        };
    }

    /// <summary>Copies a validated reflection onto its record.</summary>
    private static void Apply(ReflectionRecord record, DomainReflection reflection, IClock clock)
    {
        record.WhatWorked = reflection.WhatWorked;
        record.WhatDidNotWork = reflection.WhatDidNotWork;
        record.WhatIdDoDifferently = reflection.WhatIdDoDifferently;
        record.Visibility = reflection.Visibility;
        record.UpdatedAt = clock.GetCurrentInstant();
    }

    /// <summary>The audit summary: never the text.</summary>
    private static string Summary(ReflectionRecord record) =>
        record.ExperienceId is { } experience ? $"{record.Visibility} reflection on experience {experience}" : $"{record.Visibility} general reflection";

    /// <summary>The services every reflection change uses.</summary>
    private sealed record Writer(AccessPolicy Policy, IDbContextFactory<CpdDbContext> Contexts, AuditLog Audit, IMapper Mapper, IClock Clock);
}
