using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary>A discipline.</summary>
[GraphQLDescription("A discipline, such as `social-work` or `nursing`.")]
public sealed class Profession
{
    /// <summary>The stable kebab-case code.</summary>
    [GraphQLDescription("The stable kebab-case code, used wherever a profession is referred to.")]
    public string Code { get; init; } = string.Empty;

    /// <summary>The human name.</summary>
    public string Name { get; init; } = string.Empty;
}
