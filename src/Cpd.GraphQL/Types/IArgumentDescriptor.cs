namespace Cpd.GraphQL.Types;

/// <summary>Configures an argument of a field.</summary>
public interface IArgumentDescriptor
{
    /// <summary>Sets the type by SDL reference, e.g. <c>"Int!"</c>.</summary>
    /// <param name="typeReference">The reference.</param>
    /// <returns>This descriptor.</returns>
    IArgumentDescriptor Type(string typeReference);

    /// <summary>Sets the type to a type instance.</summary>
    /// <param name="type">The type.</param>
    /// <returns>This descriptor.</returns>
    IArgumentDescriptor Type(IInputType type);

    /// <summary>Sets the type by a schema type class or a CLR type to infer from.</summary>
    /// <typeparam name="TType">The type.</typeparam>
    /// <returns>This descriptor.</returns>
    IArgumentDescriptor Type<TType>();

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This descriptor.</returns>
    IArgumentDescriptor Description(string? description);

    /// <summary>Sets a default value (a runtime value, printed as a literal).</summary>
    /// <param name="value">The value.</param>
    /// <returns>This descriptor.</returns>
    IArgumentDescriptor DefaultValue(object? value);

    /// <summary>Deprecates the argument (it must be optional).</summary>
    /// <param name="reason">Why.</param>
    /// <returns>This descriptor.</returns>
    IArgumentDescriptor Deprecated(string? reason = null);
}
