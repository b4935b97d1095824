namespace Cpd.GraphQL.Types;

/// <summary>Marks a resolver method parameter to receive the parent value (<see cref="IResolverContext.Source"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute
{
}
