using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Admin;

/// <summary><c>createApiKey</c> and <c>revokeApiKey</c>: administrators only; <see cref="ApiKeyIssuer"/> decides and audits.</summary>
[ExtendObjectType("Mutation")]
public sealed class AdminMutations
{
    /// <summary>Makes an API key.</summary>
    [GraphQLDescription("Makes an API key for a role and its scope (administrators only); the key's text is in the payload this once. Errors: REQUIRED, TOO_LONG, SCOPE_REQUIRED, SCOPE_NOT_ALLOWED, SCOPE_NOT_FOUND, EXPIRY_IN_PAST, MALFORMED_ID, FORBIDDEN.")]
    public async Task<CreateApiKeyPayload> CreateApiKeyAsync(
        CreateApiKeyInput input,
        [Service] AccessPolicy policy,
        [Service] ApiKeyIssuer issuer,
        [Service] IDbContextFactory<CpdDbContext> contexts,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rejected = new CreateApiKeyPayload(null, null);
        if (policy.DenyUnlessAdministrator() is { } denied)
        {
            return input.Reject(rejected, denied);
        }

        var errors = new List<UserError>();
        long? Scope(string? id, string type, string field)
        {
            if (id is null)
            {
                return null;
            }

            var key = GlobalId.ParseInput(id, type, field, out var error);
            if (error is not null)
            {
                errors.Add(error);
            }

            return key;
        }

        var request = new ApiKeyRequest(
            GraphQL.Types.NameConventions.ToEnumValueName(input.Role.ToString()),
            input.Name,
            Scope(input.MemberId, "Member", "memberId"),
            Scope(input.BodyId, "AccreditingBody", "bodyId"),
            Scope(input.OrganisationId, "Organisation", "organisationId"),
            input.ExpiresAt);
        if (errors.Count > 0)
        {
            return input.Reject(rejected, errors);
        }

        var issued = await issuer.CreateAsync(request, policy.Caller, cancellationToken).ConfigureAwait(false);
        if (!issued.IsSuccess)
        {
            return input.Reject(rejected, issued.Errors);
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var record = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == issued.Value.Id, cancellationToken).ConfigureAwait(false);
            return input.Accept(new CreateApiKeyPayload(mapper.Map<ApiKey>(record), issued.Value.Key));
        }
    }

    /// <summary>Revokes an API key.</summary>
    [GraphQLDescription("Revokes an API key at once (administrators only). Errors: MALFORMED_ID, KEY_NOT_FOUND, KEY_REVOKED, FORBIDDEN.")]
    public async Task<RevokeApiKeyPayload> RevokeApiKeyAsync(
        RevokeApiKeyInput input,
        [Service] AccessPolicy policy,
        [Service] ApiKeyIssuer issuer,
        [Service] IMapper mapper,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (policy.DenyUnlessAdministrator() is { } denied)
        {
            return input.Reject(new RevokeApiKeyPayload(null), denied);
        }

        var id = GlobalId.ParseInput(input.Id, GraphQLNames.Of<ApiKey>(), "id", out var malformed);
        if (malformed is not null)
        {
            return input.Reject(new RevokeApiKeyPayload(null), malformed);
        }

        var revoked = await issuer.RevokeAsync(id, policy.Caller, cancellationToken).ConfigureAwait(false);
        return revoked.IsSuccess
            ? input.Accept(new RevokeApiKeyPayload(mapper.Map<ApiKey>(revoked.Value)))
            : input.Reject(new RevokeApiKeyPayload(null), revoked.Errors);
    }
}
