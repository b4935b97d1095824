using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>An accreditation scheme (GraphQL output, mapped from <c>SchemeRecord</c>).</summary>
[GraphQLDescription("An accreditation or progression level of an accrediting body, with immutable numbered versions.")]
public sealed class Scheme : INode
{
    /// <summary>The database id (not exposed; <see cref="Id"/> is its global form).</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <inheritdoc/>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Scheme>(), DatabaseId);

    /// <summary>The stable kebab-case code.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>What the scheme recognises.</summary>
    public string? Description { get; init; }

    /// <summary>The body that owns the scheme.</summary>
    public AccreditingBody Body { get; init; } = new();

    /// <summary>The published versions, version 1 first.</summary>
    public IReadOnlyList<SchemeVersion> Versions { get; init; } = [];
}
