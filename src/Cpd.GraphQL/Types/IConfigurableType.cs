namespace Cpd.GraphQL.Types;

/// <summary>A descriptor type (<see cref="ObjectType{T}"/>, <see cref="InputObjectType{T}"/>, <see cref="EnumType{T}"/>) that a builder configures.</summary>
internal interface IConfigurableType
{
    /// <summary>The CLR type the GraphQL type is bound to.</summary>
    Type RuntimeClrType { get; }

    /// <summary>Runs the descriptor's configuration.</summary>
    TypeConfiguration CreateConfiguration();
}
