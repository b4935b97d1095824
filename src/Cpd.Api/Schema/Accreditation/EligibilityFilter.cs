using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>Narrows the eligibility view.</summary>
[GraphQLDescription("Narrows the eligibility view.")]
public sealed record EligibilityFilter
{
    /// <summary>Only members who are (true) or are not (false) eligible on asOf; null for all.</summary>
    [GraphQLDescription("Only members who are (true) or are not (false) eligible on asOf; null or absent for all.")]
    public bool? Eligible { get; init; }
}
