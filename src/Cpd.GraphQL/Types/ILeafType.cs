using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>A leaf type (scalar or enum): it is serialized to a result value and parsed from input values and literals.</summary>
public interface ILeafType : INamedType, IInputType, IOutputType
{
    /// <summary>Converts a resolver's result to a response value; throws <see cref="Errors.GraphQLException"/> if it cannot.</summary>
    /// <param name="runtimeValue">The value produced by a resolver (never <see langword="null"/> when called by the executor).</param>
    /// <returns>A value the response writer can write.</returns>
    object? Serialize(object? runtimeValue);

    /// <summary>Coerces a JSON-decoded variable value to its runtime value; throws <see cref="Errors.GraphQLException"/> if invalid.</summary>
    /// <param name="inputValue">The JSON-decoded value (<see langword="null"/>, bool, string, long, double, decimal, list, dictionary).</param>
    /// <returns>The runtime value.</returns>
    object? ParseValue(object? inputValue);

    /// <summary>Coerces a literal to its runtime value; throws <see cref="Errors.GraphQLException"/> if invalid.</summary>
    /// <param name="literal">The literal (never a variable at the top level).</param>
    /// <param name="variables">Coerced variable values, for variables nested in a custom scalar's literal.</param>
    /// <returns>The runtime value.</returns>
    object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>Produces the literal for a runtime value (used by default-value printing), or <see langword="null"/> when it cannot.</summary>
    /// <param name="runtimeValue">The runtime value.</param>
    /// <returns>A literal, or <see langword="null"/>.</returns>
    ValueNode? ValueToLiteral(object? runtimeValue);
}
