using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Admin;

/// <summary>One write in the audit trail.</summary>
[GraphQLDescription("One write: who, what, which object, when, and a summary (never a secret or reflection text).")]
public sealed class AuditEntry
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The entry's global id.</summary>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<AuditEntry>(), DatabaseId);

    /// <summary>When.</summary>
    public Instant At { get; init; }

    /// <summary>The actor's role.</summary>
    public string ActorRole { get; init; } = string.Empty;

    /// <summary>The actor's name (the API key's name).</summary>
    public string ActorName { get; init; } = string.Empty;

    /// <summary>The mutation, e.g. <c>addOrganisation</c>.</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>The type of the object changed.</summary>
    public string TargetType { get; init; } = string.Empty;

    /// <summary>The database id of the object changed.</summary>
    [GraphQLIgnore]
    public long? TargetKey { get; init; }

    /// <summary>The global id of the object changed.</summary>
    [GraphQLType("ID")]
    public string? TargetId => TargetKey is { } key ? GlobalId.Format(TargetType, key) : null;

    /// <summary>A short description.</summary>
    public string Summary { get; init; } = string.Empty;
}
