namespace Cpd.GraphQL.Types;

/// <summary>Sets the GraphQL name of a CLR type, member, parameter or enum value (instead of the naming conventions).</summary>
/// <param name="name">The GraphQL name.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    /// <summary>The GraphQL name.</summary>
    public string Name { get; } = name;
}
