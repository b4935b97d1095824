using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>An accrediting body (GraphQL output, mapped from <c>AccreditingBodyRecord</c>).</summary>
[GraphQLDescription("An organisation that owns accreditation schemes and whose assessors decide applications.")]
public sealed class AccreditingBody : INode
{
    /// <summary>The database id (not exposed; <see cref="Id"/> is its global form).</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <inheritdoc/>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<AccreditingBody>(), DatabaseId);

    /// <summary>The stable kebab-case code.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;
}
