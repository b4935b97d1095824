namespace Cpd.GraphQL.Types;

/// <summary>Configures one field of an object type.</summary>
public interface IObjectFieldDescriptor
{
    /// <summary>Renames the field.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Name(string name);

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Description(string? description);

    /// <summary>Deprecates the field.</summary>
    /// <param name="reason">Why; <c>No longer supported</c> when omitted.</param>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Deprecated(string? reason = null);

    /// <summary>Leaves the field out of the type.</summary>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Ignore();

    /// <summary>Sets the type by SDL reference, e.g. <c>"[Book!]!"</c> or <c>"ID!"</c>.</summary>
    /// <param name="typeReference">The reference.</param>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Type(string typeReference);

    /// <summary>Sets the type to a type instance.</summary>
    /// <param name="type">The type.</param>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Type(IOutputType type);

    /// <summary>Sets the type by a schema type class (e.g. a custom scalar or <c>ObjectType&lt;T&gt;</c> subclass) or a CLR type to infer from.</summary>
    /// <typeparam name="TType">The type.</typeparam>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Type<TType>();

    /// <summary>Adds or configures an argument.</summary>
    /// <param name="name">The argument's GraphQL name.</param>
    /// <param name="configure">Configures it (its type is required for a new argument).</param>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    /// <summary>Sets the resolver.</summary>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Resolve(FieldResolver resolver);

    /// <summary>Sets a synchronous resolver.</summary>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Resolve(Func<IResolverContext, object?> resolver);

    /// <summary>Sets an asynchronous resolver.</summary>
    /// <typeparam name="TResult">The result type (used to infer the field's type when not set).</typeparam>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This descriptor.</returns>
    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, CancellationToken, Task<TResult>> resolver);
}
