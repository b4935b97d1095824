using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary>A field of public service.</summary>
[GraphQLDescription("A field of public service, such as `health` or `local-government`.")]
public sealed class Sector
{
    /// <summary>The stable kebab-case code.</summary>
    [GraphQLDescription("The stable kebab-case code, used wherever a sector is referred to.")]
    public string Code { get; init; } = string.Empty;

    /// <summary>The human name.</summary>
    public string Name { get; init; } = string.Empty;
}
