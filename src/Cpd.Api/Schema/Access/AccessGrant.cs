using Cpd.Api.Schema.Accreditation;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Access;

/// <summary>A member's consent for an accrediting body's assessors to read their record, until it expires or is revoked.</summary>
[GraphQLDescription("A member's consent for an accrediting body's assessors to read their record (and the reflections they share), until it expires or the member revokes it.")]
public sealed class AccessGrant
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The member's database id.</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <summary>The global id.</summary>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<AccessGrant>(), DatabaseId);

    /// <summary>The body whose assessors may read.</summary>
    public AccreditingBody Body { get; init; } = new();

    /// <summary>When it was given.</summary>
    public Instant GrantedAt { get; init; }

    /// <summary>When it ends, if it does.</summary>
    [GraphQLDescription("The moment access ends (the end of the expiresOn day given, UTC); null for a grant without expiry.")]
    public Instant? ExpiresAt { get; init; }

    /// <summary>When the member revoked it, if they did.</summary>
    public Instant? RevokedAt { get; init; }
}
