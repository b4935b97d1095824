using Cpd.Api.Auth;
using Cpd.Api.Schema.Members;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Access;

/// <summary><c>Member.accessGrants</c> and <c>AccessGrant.active</c>.</summary>
[ExtendObjectType(typeof(Member))]
public sealed class AccessGrantQueries
{
    /// <summary>The member's access grants the caller may see.</summary>
    [GraphQLDescription("The accrediting bodies the member granted access, oldest first, revoked and expired ones too: all for the member and administrators, those to its own body for an assessor, none for an HR system.")]
    public async Task<IReadOnlyList<AccessGrant>> GetAccessGrantsAsync([Parent] Member member, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(member);
        return await context.DataLoader<AccessGrantsByMemberDataLoader>().LoadAsync(member.DatabaseId, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether a grant is in force now.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="policy">The request's policy (its moment).</param>
    /// <returns>True when neither revoked nor expired.</returns>
    internal static bool IsActive(AccessGrant grant, AccessPolicy policy) =>
        grant.RevokedAt is null && (grant.ExpiresAt is null || grant.ExpiresAt > policy.Now);
}
