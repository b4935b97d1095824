using Cpd.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Auth;

/// <summary>
/// Checks a presented API key: finds the stored key by prefix, compares hashes in constant time, refuses revoked and
/// expired keys, and notes when the key was last used (at most once a minute per key, so that busy clients do not turn
/// every read into a write). No cache: a revoked key is refused on the very next request.
/// </summary>
public sealed class ApiKeyAuthenticator(IDbContextFactory<CpdDbContext> contexts, IClock clock)
{
    /// <summary>How stale <c>LastUsedAt</c> may get before a request refreshes it.</summary>
    public static readonly Duration LastUsedResolution = Duration.FromMinutes(1);

    /// <summary>The caller a key stands for, or a reason (fit for the client) why it is refused.</summary>
    public async Task<(Caller? Caller, string? Error)> AuthenticateAsync(string text, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyToken.TryParse(text, out var token))
        {
            return (null, "The API key is malformed.");
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == token!.Prefix, cancellationToken).ConfigureAwait(false);
            if (key is null || !token!.Matches(key.SecretHash))
            {
                return (null, "The API key is not valid.");
            }

            var now = clock.GetCurrentInstant();
            if (key.RevokedAt is not null)
            {
                return (null, "The API key has been revoked.");
            }

            if (key.ExpiresAt is { } expires && expires <= now)
            {
                return (null, "The API key has expired.");
            }

            if (!CallerRoles.TryParse(key.Role, out var role))
            {
                return (null, "The API key is not valid.");
            }

            if (key.LastUsedAt is not { } used || now - used >= LastUsedResolution)
            {
                var stale = now - LastUsedResolution;
                await db.ApiKeys.Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt <= stale))
                    .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken).ConfigureAwait(false);
            }

            var scope = role switch
            {
                CallerRole.Member => key.MemberId,
                CallerRole.Assessor => key.BodyId,
                CallerRole.HrSystem => key.OrganisationId,
                _ => null,
            };
            return role != CallerRole.Admin && scope is null
                ? (null, "The API key is not valid.")
                : (Caller.For(role, scope, key.Name, key.Id), null);
        }
    }
}
