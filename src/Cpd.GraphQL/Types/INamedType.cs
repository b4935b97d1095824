namespace Cpd.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IType
{
    /// <summary>The type's name, unique in a schema.</summary>
    string Name { get; }

    /// <summary>The type's description (Markdown), if any.</summary>
    string? Description { get; }
}
