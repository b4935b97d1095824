using System.Linq.Expressions;

namespace Cpd.GraphQL.Types;

/// <summary>Configures an input object type bound to the CLR type <typeparamref name="T"/> (see <see cref="InputObjectType{T}"/>).</summary>
/// <typeparam name="T">The CLR type values are bound to.</typeparam>
public interface IInputObjectTypeDescriptor<T>
{
    /// <summary>Sets the type's name (default: the CLR name with an <c>Input</c> suffix).</summary>
    /// <param name="name">The name.</param>
    /// <returns>This descriptor.</returns>
    IInputObjectTypeDescriptor<T> Name(string name);

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This descriptor.</returns>
    IInputObjectTypeDescriptor<T> Description(string? description);

    /// <summary>Makes it a OneOf input object (<c>@oneOf</c>).</summary>
    /// <returns>This descriptor.</returns>
    IInputObjectTypeDescriptor<T> OneOf();

    /// <summary>Configures the input field of a property.</summary>
    /// <typeparam name="TValue">The property's type.</typeparam>
    /// <param name="property">The property access.</param>
    /// <returns>The field's descriptor.</returns>
    IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> property);
}
