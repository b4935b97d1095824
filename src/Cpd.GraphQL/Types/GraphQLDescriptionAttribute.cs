namespace Cpd.GraphQL.Types;

/// <summary>Sets the GraphQL description of a CLR type, member, parameter or enum value.</summary>
/// <param name="description">The description (Markdown).</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    /// <summary>The description.</summary>
    public string Description { get; } = description;
}
