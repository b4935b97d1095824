namespace Cpd.GraphQL.Types;

/// <summary>Configures an input field.</summary>
public interface IInputFieldDescriptor
{
    /// <summary>Renames the field.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>This descriptor.</returns>
    IInputFieldDescriptor Name(string name);

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This descriptor.</returns>
    IInputFieldDescriptor Description(string? description);

    /// <summary>Sets the type by SDL reference.</summary>
    /// <param name="typeReference">The reference.</param>
    /// <returns>This descriptor.</returns>
    IInputFieldDescriptor Type(string typeReference);

    /// <summary>Sets a default value (a runtime value).</summary>
    /// <param name="value">The value.</param>
    /// <returns>This descriptor.</returns>
    IInputFieldDescriptor DefaultValue(object? value);

    /// <summary>Deprecates the field (it must be optional).</summary>
    /// <param name="reason">Why.</param>
    /// <returns>This descriptor.</returns>
    IInputFieldDescriptor Deprecated(string? reason = null);

    /// <summary>Leaves the field out.</summary>
    /// <returns>This descriptor.</returns>
    IInputFieldDescriptor Ignore();
}
