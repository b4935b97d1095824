using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>A published version of a scheme (GraphQL output, mapped from <c>SchemeVersionRecord</c>).</summary>
[GraphQLDescription("A published, immutable version of a scheme: from when it applies, how long an award lasts and what it requires.")]
public sealed class SchemeVersion
{
    /// <summary>The database id (not exposed; <see cref="Id"/> is its global form).</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The global id.</summary>
    [GraphQLType("ID!")]
    public string Id => GlobalId.Format(GraphQLNames.Of<SchemeVersion>(), DatabaseId);

    /// <summary>The version number: 1, 2, … per scheme.</summary>
    public int Number { get; init; }

    /// <summary>The first day the version applies.</summary>
    public LocalDate EffectiveFrom { get; init; }

    /// <summary>How long an award under this version lasts.</summary>
    public Period Validity { get; init; } = Period.Zero;

    /// <summary>The requirement tree as JSON, in the shape of <c>RequirementInput</c>.</summary>
    [GraphQLDescription("The requirement tree as JSON, in the shape of RequirementInput.")]
    public string RequirementJson { get; init; } = string.Empty;
}
