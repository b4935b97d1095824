using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Accreditation;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Access;

/// <summary>
/// The member's consent: <c>grantAccess</c> lets an accrediting body's assessors read the member's record (and the
/// reflections shared with assessors) until the grant expires or <c>revokeAccess</c> ends it. Members only, for themselves
/// (<see cref="AccessPolicy.CanManageAccessGrants"/>).
/// </summary>
[ExtendObjectType("Mutation")]
public sealed class AccessMutations
{
    /// <summary>Grants an accrediting body access to the caller's record.</summary>
    [GraphQLDescription("Lets an accrediting body's assessors read your record, and the reflections you share with assessors, until expiresOn (inclusive, UTC) or until you revoke it. " +
        "Errors: MALFORMED_ID, NOT_FOUND (bodyId), EXPIRY_NOT_IN_FUTURE, ALREADY_EXISTS (the body already has access in force), UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<GrantAccessPayload> GrantAccessAsync(GrantAccessInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IdAllocator ids, [Service] AuditLog audit, [Service] IMapper mapper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new GrantAccessPayload(null);
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanManageAccessGrants(memberId), "Only a member may grant access to their own record.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var bodyId = GlobalId.ParseInput(input.BodyId, GraphQLNames.Of<AccreditingBody>(), "bodyId", out var malformed);
        var today = policy.Now.InUtc().Date;
        var pastExpiry = input.ExpiresOn is { } last && last <= today
            ? UserError.At(ApiErrorCodes.ExpiryNotInFuture, "expiresOn", $"expiresOn must be after today ({today:yyyy-MM-dd}); revoke access instead to end it now.")
            : null;
        if ((malformed ?? pastExpiry) is { } invalid)
        {
            return input.Reject(rejected, invalid);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            var body = await db.AccreditingBodies.SingleOrDefaultAsync(b => b.Id == bodyId, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "bodyId", $"No accrediting body has the id \"{input.BodyId}\"."));
            }

            var now = policy.Now;
            if (await db.AccessGrants.AnyAsync(g => g.MemberId == memberId && g.BodyId == bodyId && g.RevokedAt == null && (g.ExpiresAt == null || g.ExpiresAt > now), cancellationToken).ConfigureAwait(false))
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.AlreadyExists, "bodyId", $"{body.Name} already has access to your record; revoke that grant first to change it."));
            }

            var record = new AccessGrantRecord
            {
                Id = await ids.NextAsync<AccessGrantRecord>(db, cancellationToken).ConfigureAwait(false),
                MemberId = memberId, BodyId = bodyId, Body = body, GrantedAt = now,
                ExpiresAt = input.ExpiresOn?.PlusDays(1).AtStartOfDayInZone(NodaTime.DateTimeZone.Utc).ToInstant(),
            };
            db.AccessGrants.Add(record);
            await audit.RecordAsync(db, policy.Caller, "grantAccess", "AccessGrant", record.Id,
                $"Access for {body.Code} until {(input.ExpiresOn is { } end ? end.ToString("yyyy-MM-dd", null) : "revoked")}", cancellationToken).ConfigureAwait(false);
            return input.Accept(new GrantAccessPayload(mapper.Map<AccessGrant>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends one of the caller's access grants now.</summary>
    [GraphQLDescription("Ends one of your access grants now: the body's assessors no longer read your record (unless you applied to one of its schemes). Errors: MALFORMED_ID, NOT_FOUND, ALREADY_WITHDRAWN (already revoked), UNAUTHENTICATED, FORBIDDEN.")]
    public async Task<RevokeAccessPayload> RevokeAccessAsync(RevokeAccessInput input, [Service] AccessPolicy policy, [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] AuditLog audit, [Service] IMapper mapper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new RevokeAccessPayload(null);
        var memberId = policy.Caller.MemberId.GetValueOrDefault();
        if (policy.DenyUnless(policy.CanManageAccessGrants(memberId), "Only a member may revoke access to their own record.") is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var id = GlobalId.ParseInput(input.GrantId, GraphQLNames.Of<AccessGrant>(), "grantId", out var malformed);
        if (malformed is not null)
        {
            return input.Reject(rejected, malformed);
        }

        return await contexts.WriteAsync(input, rejected, async db =>
        {
            // Another member's grant is NOT_FOUND like a missing one, so that ids reveal nothing.
            var record = await db.AccessGrants.Include(g => g.Body).SingleOrDefaultAsync(g => g.Id == id && g.MemberId == memberId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.NotFound, "grantId", $"You have no access grant with the id \"{input.GrantId}\"."));
            }

            if (record.RevokedAt is not null)
            {
                return input.Reject(rejected, UserError.At(ApiErrorCodes.AlreadyWithdrawn, "grantId", "This grant was already revoked."));
            }

            record.RevokedAt = policy.Now;
            await audit.RecordAsync(db, policy.Caller, "revokeAccess", "AccessGrant", record.Id, $"Access for {record.Body!.Code} revoked", cancellationToken).ConfigureAwait(false);
            return input.Accept(new RevokeAccessPayload(mapper.Map<AccessGrant>(record)));
        }, cancellationToken).ConfigureAwait(false);
    }
}
