namespace Cpd.GraphQL.Types;

/// <summary>A type that may be the type of an argument, input field or variable: scalar, enum, input object, or a wrapper of one.</summary>
public interface IInputType : IType
{
}
