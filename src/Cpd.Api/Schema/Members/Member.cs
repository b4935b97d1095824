using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Members;

/// <summary>A professional with a career record.</summary>
[GraphQLDescription("A professional with a career record. What a caller sees of it follows DESIGN.md's \"Who may see what\": an HR system sees only its own employments and the experiences overlapping them.")]
public sealed class Member : INode
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <inheritdoc/>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Member>(), DatabaseId);

    /// <summary>The name shown for the member.</summary>
    public string DisplayName { get; init; } = string.Empty;

    /// <summary>The optimistic-concurrency version.</summary>
    [GraphQLDescription("Increases with every change; pass it as expectedVersion to updates.")]
    public long Version { get; init; }
}
