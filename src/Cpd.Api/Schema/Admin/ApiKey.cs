using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Admin;

/// <summary>An API key as administrators see it: never its secret (which is not stored).</summary>
[GraphQLDescription("An API key as administrators see it (its secret is shown once, by createApiKey, and never stored).")]
public sealed class ApiKey : INode
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <inheritdoc/>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<ApiKey>(), DatabaseId);

    /// <summary>Who or what uses it.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The role: <c>MEMBER</c>, <c>ASSESSOR</c>, <c>HR_SYSTEM</c> or <c>ADMIN</c>.</summary>
    public string Role { get; init; } = string.Empty;

    /// <summary>The member of a member key.</summary>
    [GraphQLIgnore]
    public long? MemberId { get; init; }

    /// <summary>The body of an assessor key.</summary>
    [GraphQLIgnore]
    public long? BodyId { get; init; }

    /// <summary>The organisation of an HR system key.</summary>
    [GraphQLIgnore]
    public long? OrganisationId { get; init; }

    /// <summary>The global id of the member, accrediting body or organisation the key is scoped to.</summary>
    [GraphQLType("ID")]
    [GraphQLDescription("The member, accrediting body or organisation the key acts for; null for an ADMIN key.")]
    public string? ScopeId =>
        MemberId is { } member ? GlobalId.Format("Member", member)
        : BodyId is { } body ? GlobalId.Format("AccreditingBody", body)
        : OrganisationId is { } organisation ? GlobalId.Format("Organisation", organisation)
        : null;

    /// <summary>The key's public prefix (<c>cpd_&lt;prefix&gt;_…</c>).</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>When it was made.</summary>
    public Instant CreatedAt { get; init; }

    /// <summary>When it stops working, if ever.</summary>
    public Instant? ExpiresAt { get; init; }

    /// <summary>When it was revoked, if it was.</summary>
    public Instant? RevokedAt { get; init; }

    /// <summary>When it was last used.</summary>
    public Instant? LastUsedAt { get; init; }
}
