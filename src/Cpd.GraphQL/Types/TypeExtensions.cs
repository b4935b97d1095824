namespace Cpd.GraphQL.Types;

/// <summary>Classification and unwrapping helpers for <see cref="IType"/> (graphql-js's <c>isInputType</c>, <c>getNamedType</c>, …).</summary>
public static class TypeExtensions
{
    /// <summary>The named type under any list and non-null wrappers.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The named type.</returns>
    public static INamedType NamedType(this IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        while (type is IWrapperType wrapper)
        {
            type = wrapper.OfType;
        }

        return (INamedType)type;
    }

    /// <summary>The type without its outer non-null wrapper, if any.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The nullable type.</returns>
    public static IType NullableType(this IType type) => type is NonNullType nn ? nn.OfType : type;

    /// <summary>Whether the type is non-null.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for <c>T!</c>.</returns>
    public static bool IsNonNullType(this IType type) => type is NonNullType;

    /// <summary>Whether the type is a list (under an optional non-null).</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for <c>[T]</c> and <c>[T]!</c>.</returns>
    public static bool IsListType(this IType type) => type.NullableType() is ListType;

    /// <summary>Whether the type may be used for arguments, input fields and variables.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for scalars, enums, input objects and wrappers of them.</returns>
    public static bool IsInputType(this IType type) => type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Whether the type may be the type of an output field.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for scalars, objects, interfaces, unions, enums and wrappers of them.</returns>
    public static bool IsOutputType(this IType type) => type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Whether the type is a scalar or an enum.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for leaf types (unwrapped).</returns>
    public static bool IsLeafType(this IType type) => type is ILeafType;

    /// <summary>Whether the type is an interface or a union.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for abstract types (unwrapped).</returns>
    public static bool IsAbstractType(this IType type) => type is IAbstractType;

    /// <summary>Whether the type is an object, interface or union.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for composite types (unwrapped).</returns>
    public static bool IsCompositeType(this IType type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>Whether an input value of this type must be provided: non-null and (for fields) without a default.</summary>
    /// <param name="value">An argument or input field.</param>
    /// <returns><see langword="true"/> when required.</returns>
    public static bool IsRequired(this InputValueDefinition value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Type is NonNullType && !value.HasDefaultValue;
    }
}
