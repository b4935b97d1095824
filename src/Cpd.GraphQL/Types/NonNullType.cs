namespace Cpd.GraphQL.Types;

/// <summary>A non-null variant of a nullable type: <c>T!</c>. Equality is structural.</summary>
public sealed class NonNullType : IWrapperType, IInputType, IOutputType, IEquatable<NonNullType>
{
    /// <summary>Wraps a nullable type.</summary>
    /// <param name="ofType">The nullable type (not itself non-null).</param>
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.NonNull;

    /// <summary>The nullable type.</summary>
    public IType OfType { get; }

    /// <inheritdoc/>
    public bool Equals(NonNullType? other) => other is not null && OfType.Equals(other.OfType);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NonNullType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    /// <summary>The type in SDL notation, e.g. <c>String!</c>.</summary>
    /// <returns>The notation.</returns>
    public override string ToString() => OfType + "!";
}
