namespace Cpd.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a wrapper (<see cref="ListType"/>, <see cref="NonNullType"/>).</summary>
public interface IType
{
    /// <summary>The kind of the type.</summary>
    TypeKind Kind { get; }
}
