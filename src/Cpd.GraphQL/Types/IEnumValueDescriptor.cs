namespace Cpd.GraphQL.Types;

/// <summary>Configures one enum value.</summary>
public interface IEnumValueDescriptor
{
    /// <summary>Renames the value.</summary>
    /// <param name="name">The GraphQL name.</param>
    /// <returns>This descriptor.</returns>
    IEnumValueDescriptor Name(string name);

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This descriptor.</returns>
    IEnumValueDescriptor Description(string? description);

    /// <summary>Deprecates the value.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>This descriptor.</returns>
    IEnumValueDescriptor Deprecated(string? reason = null);

    /// <summary>Leaves the value out.</summary>
    /// <returns>This descriptor.</returns>
    IEnumValueDescriptor Ignore();
}
