using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Taxonomy;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Organisations;

/// <summary>An employer or host organisation (GraphQL output, mapped from <c>OrganisationRecord</c>).</summary>
[GraphQLDescription("An employer or host organisation: one sector, optionally a place.")]
public sealed class Organisation : INode
{
    /// <summary>The database id (not exposed; <see cref="Id"/> is its global form).</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <inheritdoc/>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Organisation>(), DatabaseId);

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The sector.</summary>
    public Sector Sector { get; init; } = new();

    /// <summary>The local area code, if any.</summary>
    [GraphQLDescription("The local area code where it works, such as the ONS code `E07000113`; null when it has none.")]
    public string? PlaceCode { get; init; }

    /// <summary>When it was added.</summary>
    public Instant CreatedAt { get; init; }
}
