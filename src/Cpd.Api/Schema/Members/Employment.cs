using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Organisations;
using Cpd.Api.Schema.Taxonomy;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Members;

/// <summary>A member's employment with an organisation.</summary>
[GraphQLDescription("A member's employment: organisation, role, profession, dates (both ends inclusive; no end = ongoing) and FTE.")]
public sealed class Employment : INode
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The member's database id.</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <inheritdoc/>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<Employment>(), DatabaseId);

    /// <summary>The employer.</summary>
    public Organisation Organisation { get; init; } = new();

    /// <summary>The role title.</summary>
    public string Role { get; init; } = string.Empty;

    /// <summary>The profession practised.</summary>
    public Profession Profession { get; init; } = new();

    /// <summary>The first day.</summary>
    public LocalDate Start { get; init; }

    /// <summary>The last day, or null while ongoing.</summary>
    public LocalDate? End { get; init; }

    /// <summary>The full-time equivalent (more than 0, at most 1).</summary>
    public decimal Fte { get; init; }

    /// <summary>The optimistic-concurrency version.</summary>
    public long Version { get; init; }
}
