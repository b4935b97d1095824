namespace Cpd.GraphQL.Types;

/// <summary>A type that may be the type of an output field: scalar, object, interface, union, enum, or a wrapper of one.</summary>
public interface IOutputType : IType
{
}
