namespace Cpd.GraphQL.Types;

/// <summary>A list of another type: <c>[T]</c>. Equality is structural.</summary>
public sealed class ListType : IWrapperType, IInputType, IOutputType, IEquatable<ListType>
{
    /// <summary>Wraps a type in a list.</summary>
    /// <param name="ofType">The item type.</param>
    public ListType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.List;

    /// <summary>The item type.</summary>
    public IType OfType { get; }

    /// <inheritdoc/>
    public bool Equals(ListType? other) => other is not null && OfType.Equals(other.OfType);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ListType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    /// <summary>The type in SDL notation, e.g. <c>[String!]</c>.</summary>
    /// <returns>The notation.</returns>
    public override string ToString() => "[" + OfType + "]";
}
