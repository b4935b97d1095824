namespace Cpd.GraphQL.Types;

/// <summary>Marks a resolver method parameter to be taken from <see cref="IResolverContext.Services"/> instead of being a GraphQL argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute
{
}
