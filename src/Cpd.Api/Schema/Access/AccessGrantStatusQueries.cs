using Cpd.Api.Auth;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Access;

/// <summary><c>AccessGrant.active</c>, judged at the request's moment.</summary>
[ExtendObjectType(typeof(AccessGrant))]
public sealed class AccessGrantStatusQueries
{
    /// <summary>Whether the grant is in force.</summary>
    [GraphQLDescription("Whether the grant is in force now: neither revoked nor expired.")]
    public bool GetActive([Parent] AccessGrant grant, [Service] AccessPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(policy);
        return AccessGrantQueries.IsActive(grant, policy);
    }
}
