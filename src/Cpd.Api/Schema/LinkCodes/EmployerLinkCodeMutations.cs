using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Schema.LinkCodes;

/// <summary>
/// A member's consent to be linked to a new employer: <c>createEmployerLinkCode</c> issues a single-use code the member
/// gives the employer, whose HR system sends it with the person's row in <c>syncWorkforce</c>; <c>revokeEmployerLinkCode</c>
/// withdraws an unused one. Members only, for themselves (<see cref="AccessPolicy.CanManageLinkCodes"/>). Only the code's
/// SHA-256 is stored (<see cref="SecretTokens"/>).
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class EmployerLinkCodeMutations
{
    /// <summary>How long a code works when the member gives no validity.</summary>
    public static readonly Period DefaultValidity = Period.FromDays(30);

    /// <summary>The longest a code may work.</summary>
    public static readonly Duration MaxValidity = Duration.FromDays(90);

    /// <summary>Creates a single-use employer link code for the caller.</summary>
    [GraphQLDescription("Creates a single-use code to give a new employer so that its HR system can link its record of you to your existing record (syncWorkforce's linkCode) instead of creating a second member; " +
        "an employer cannot link you without one. Valid for validFor (default P30D, at most P90D). The code is in this response only; the API stores just its SHA-256 hash. " +
        "Errors: LINK_VALIDITY_OUT_OF_RANGE, UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<CreateEmployerLinkCodePayload> CreateEmployerLinkCodeAsync(CreateEmployerLinkCodeInput input, [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts, [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new CreateEmployerLinkCodePayload(null, null, null);
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanManageLinkCodes(memberId), "Only a member may create employer link codes, for themselves.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var now = policy.Now;
        if (ExpiryOf(input.ValidFor ?? DefaultValidity, now) is not { } expiresAt)
        {
            return input.Reject(rejected, UserError.At(ExperienceErrors.LinkValidityOutOfRange, "validFor", "validFor must be more than zero and at most 90 days (P90D)."));
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var (code, hash) = SecretTokens.Create();
            var record = new MemberLinkCodeRecord
            {
                Id = await ids.NextAsync<MemberLinkCodeRecord>(db, cancellationToken).ConfigureAwait(false),
                MemberId = memberId, CodeHash = hash, CreatedAt = now, ExpiresAt = expiresAt,
            };
            db.MemberLinkCodes.Add(record);
            await audit.RecordAsync(db, policy.Caller, "createEmployerLinkCode", "Member", memberId,
                $"Employer link code {record.Id} until {expiresAt}", cancellationToken).ConfigureAwait(false);
            return input.Accept(new CreateEmployerLinkCodePayload(code, expiresAt, mapper.Map<EmployerLinkCode>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Withdraws one of the caller's unused link codes.</summary>
    [GraphQLDescription("Withdraws one of your unused employer link codes: no HR system can use it any more. Errors: MALFORMED_ID, NOT_FOUND, ALREADY_WITHDRAWN (already used or revoked), UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<RevokeEmployerLinkCodePayload> RevokeEmployerLinkCodeAsync(RevokeEmployerLinkCodeInput input, [Service] AccessPolicy policy,
        [Service] IDbContextFactory<CpdDbContext> contexts, [Service] AuditLog audit, [Service] IMapper mapper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new RevokeEmployerLinkCodePayload(null);
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanManageLinkCodes(memberId), "Only a member may revoke their own employer link codes.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var id = GlobalId.ParseInput(input.LinkCodeId, GraphQLNames.Of<EmployerLinkCode>(), "linkCodeId", out var malformed);
        if (malformed is not null)
        {
            return input.Reject(rejected, malformed);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            // Another member's code is NOT_FOUND like a missing one, so that ids reveal nothing.
            var record = await db.MemberLinkCodes.Include(c => c.UsedByOrganisation)
                .SingleOrDefaultAsync(c => c.Id == id && c.MemberId == memberId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "linkCodeId", $"You have no employer link code with the id \"{input.LinkCodeId}\"."));
            }

            if (record.UsedAt is not null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.AlreadyWithdrawn, "linkCodeId", "This code was already used or revoked."));
            }

            record.UsedAt = policy.Now;
            await audit.RecordAsync(db, policy.Caller, "revokeEmployerLinkCode", "Member", memberId, $"Employer link code {record.Id} revoked", cancellationToken).ConfigureAwait(false);
            return input.Accept(new RevokeEmployerLinkCodePayload(mapper.Map<EmployerLinkCode>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The moment a code given <paramref name="validFor"/> at <paramref name="now"/> expires, or null when out of range.</summary>
    private static Instant? ExpiryOf(Period validFor, Instant now)
    {
        try
        {
            var expiresAt = now.InUtc().LocalDateTime.Plus(validFor).InUtc().ToInstant();
            return expiresAt > now && expiresAt - now <= MaxValidity ? expiresAt : null;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}
