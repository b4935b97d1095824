namespace Cpd.GraphQL.Types;

/// <summary>An abstract output type (interface or union) whose runtime object type is resolved per value.</summary>
public interface IAbstractType : INamedType, IOutputType
{
    /// <summary>Resolves the object type of a value of this abstract type, or <see langword="null"/> when it cannot be determined.</summary>
    /// <param name="value">The value returned by the field resolver.</param>
    /// <param name="context">The context of the field that returned the value.</param>
    /// <returns>The object type, or <see langword="null"/>.</returns>
    ObjectType? ResolveType(object value, IResolverContext context);
}
