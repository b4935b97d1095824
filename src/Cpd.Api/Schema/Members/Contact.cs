using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Taxonomy;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Members;

/// <summary>
/// A professional contact of a member (DESIGN.md's "Connection"), named <c>Contact</c> in the schema because a type
/// whose name ends in "Connection" is a Relay connection there.
/// </summary>
[GraphQLDescription("A professional contact of the member (a \"connection\" in the design), counted by networkDiversity.")]
public sealed class Contact
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The member's database id.</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <summary>The global id.</summary>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Contact>(), DatabaseId);

    /// <summary>The contact's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The contact's sector.</summary>
    public Sector Sector { get; init; } = new();

    /// <summary>The contact's profession, if known.</summary>
    public Profession? Profession { get; init; }
}
