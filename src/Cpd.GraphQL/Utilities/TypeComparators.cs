using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Utilities;

/// <summary>Type relations used by schema and document validation (graphql-js's <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>Whether two types are the same (same named type under the same wrappers).</summary>
    /// <param name="typeA">The first type.</param>
    /// <param name="typeB">The second type.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool IsEqualType(IType typeA, IType typeB)
    {
        ArgumentNullException.ThrowIfNull(typeA);
        ArgumentNullException.ThrowIfNull(typeB);
        while (true)
        {
            if (ReferenceEquals(typeA, typeB))
            {
                return true;
            }

            if (typeA is NonNullType a && typeB is NonNullType b)
            {
                typeA = a.OfType;
                typeB = b.OfType;
                continue;
            }

            if (typeA is ListType la && typeB is ListType lb)
            {
                typeA = la.OfType;
                typeB = lb.OfType;
                continue;
            }

            return false;
        }
    }

    /// <summary>Whether <paramref name="maybeSubType"/> is equal to or a covariant subtype of <paramref name="superType"/>.</summary>
    /// <param name="schema">The schema (for abstract type membership).</param>
    /// <param name="maybeSubType">The candidate subtype.</param>
    /// <param name="superType">The super type.</param>
    /// <returns><see langword="true"/> when it is a subtype.</returns>
    public static bool IsTypeSubTypeOf(ISchema schema, IType maybeSubType, IType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        ArgumentNullException.ThrowIfNull(superType);
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                maybeSubType = subNonNull.OfType;
                superType = superNonNull.OfType;
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                maybeSubType = subList.OfType;
                superType = superList.OfType;
                continue;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is IAbstractType abstractType
                && maybeSubType is ObjectType or InterfaceType
                && schema.IsSubType(abstractType, (INamedType)maybeSubType);
        }
    }

    /// <summary>Whether two composite types have a possible object type in common (commutative).</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="typeA">An object, interface or union type.</param>
    /// <param name="typeB">An object, interface or union type.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public static bool DoTypesOverlap(ISchema schema, INamedType typeA, INamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeA);
        ArgumentNullException.ThrowIfNull(typeB);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IAbstractType abstractA)
        {
            if (typeB is IAbstractType abstractB)
            {
                foreach (var possible in schema.GetPossibleTypes(abstractA))
                {
                    if (schema.IsSubType(abstractB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(abstractA, typeB);
        }

        return typeB is IAbstractType b && schema.IsSubType(b, typeA);
    }
}
