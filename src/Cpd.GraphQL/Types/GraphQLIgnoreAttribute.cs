namespace Cpd.GraphQL.Types;

/// <summary>Leaves a CLR member or enum value out of the inferred GraphQL type.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}
