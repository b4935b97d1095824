using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>An argument of a field or a directive.</summary>
public sealed class Argument : InputValueDefinition
{
    /// <summary>Creates an argument.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its input type.</param>
    /// <param name="defaultValue">Its default value as a literal.</param>
    /// <param name="description">Its description.</param>
    /// <param name="deprecationReason">Why it is deprecated.</param>
    /// <param name="syntaxNode">The SDL definition it was built from.</param>
    public Argument(string name, IInputType type, ValueNode? defaultValue = null, string? description = null, string? deprecationReason = null, AstNode? syntaxNode = null)
        : base(name, type, defaultValue, description, deprecationReason, syntaxNode)
    {
    }
}
