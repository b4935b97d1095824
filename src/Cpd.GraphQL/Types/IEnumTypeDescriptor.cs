namespace Cpd.GraphQL.Types;

/// <summary>Configures an enum type bound to the CLR enum <typeparamref name="T"/> (see <see cref="EnumType{T}"/>).</summary>
/// <typeparam name="T">The CLR enum.</typeparam>
public interface IEnumTypeDescriptor<T>
    where T : struct, Enum
{
    /// <summary>Sets the type's name (default: the CLR name).</summary>
    /// <param name="name">The name.</param>
    /// <returns>This descriptor.</returns>
    IEnumTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This descriptor.</returns>
    IEnumTypeDescriptor<T> Description(string? description);

    /// <summary>Configures one value.</summary>
    /// <param name="value">The CLR member.</param>
    /// <returns>The value's descriptor.</returns>
    IEnumValueDescriptor Value(T value);
}
