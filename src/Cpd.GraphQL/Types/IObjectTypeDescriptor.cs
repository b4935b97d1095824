using System.Linq.Expressions;

namespace Cpd.GraphQL.Types;

/// <summary>Configures an object type bound to the CLR type <typeparamref name="T"/> (see <see cref="ObjectType{T}"/>).</summary>
/// <typeparam name="T">The CLR type whose members become fields.</typeparam>
public interface IObjectTypeDescriptor<T>
{
    /// <summary>Sets the type's name (default: the CLR type's name).</summary>
    /// <param name="name">The name.</param>
    /// <returns>This descriptor.</returns>
    IObjectTypeDescriptor<T> Name(string name);

    /// <summary>Sets the type's description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This descriptor.</returns>
    IObjectTypeDescriptor<T> Description(string? description);

    /// <summary>Declares an implemented interface by name.</summary>
    /// <param name="interfaceName">The interface's GraphQL name.</param>
    /// <returns>This descriptor.</returns>
    IObjectTypeDescriptor<T> Implements(string interfaceName);

    /// <summary>Declares an implemented interface by CLR interface or <see cref="InterfaceType"/> subclass.</summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <returns>This descriptor.</returns>
    IObjectTypeDescriptor<T> Implements<TInterface>();

    /// <summary>Only members configured with <c>Field</c> become fields (no inference of the others).</summary>
    /// <returns>This descriptor.</returns>
    IObjectTypeDescriptor<T> BindFieldsExplicitly();

    /// <summary>Sets how values of this type are recognised when an interface or union is resolved.</summary>
    /// <param name="isOfType">The check.</param>
    /// <returns>This descriptor.</returns>
    IObjectTypeDescriptor<T> IsOfType(Func<object, bool> isOfType);

    /// <summary>Configures the field of a property or method: <c>d.Field(x => x.Title)</c>, <c>d.Field(x => x.Books(default))</c>.</summary>
    /// <typeparam name="TResult">The member's type.</typeparam>
    /// <param name="member">The member access.</param>
    /// <returns>The field's descriptor.</returns>
    IObjectFieldDescriptor Field<TResult>(Expression<Func<T, TResult>> member);

    /// <summary>Configures the field with a GraphQL name: an inferred one, or a new field that needs a resolver.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The field's descriptor.</returns>
    IObjectFieldDescriptor Field(string name);
}
