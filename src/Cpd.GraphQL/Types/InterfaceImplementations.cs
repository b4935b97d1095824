namespace Cpd.GraphQL.Types;

/// <summary>The object and interface types that implement an interface.</summary>
/// <param name="Objects">Implementing object types, in schema order.</param>
/// <param name="Interfaces">Implementing interface types, in schema order.</param>
public sealed record InterfaceImplementations(IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces)
{
    /// <summary>No implementations.</summary>
    public static InterfaceImplementations None { get; } = new([], []);
}
