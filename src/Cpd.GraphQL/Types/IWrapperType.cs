namespace Cpd.GraphQL.Types;

/// <summary>A wrapping type (<see cref="ListType"/> or <see cref="NonNullType"/>).</summary>
public interface IWrapperType : IType
{
    /// <summary>The wrapped type.</summary>
    IType OfType { get; }
}
