namespace Cpd.GraphQL.Types;

/// <summary>Resolves the object type of a value returned for an interface or union field.</summary>
/// <param name="value">The non-null value.</param>
/// <param name="context">The context of the field that produced it.</param>
/// <returns>The object type, or <see langword="null"/> when it cannot be determined.</returns>
public delegate ObjectType? TypeResolver(object value, IResolverContext context);
