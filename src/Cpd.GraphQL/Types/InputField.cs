using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
public sealed class InputField : InputValueDefinition
{
    /// <summary>Creates an input field.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its input type.</param>
    /// <param name="defaultValue">Its default value as a literal.</param>
    /// <param name="description">Its description.</param>
    /// <param name="deprecationReason">Why it is deprecated.</param>
    /// <param name="syntaxNode">The SDL definition it was built from.</param>
    public InputField(string name, IInputType type, ValueNode? defaultValue = null, string? description = null, string? deprecationReason = null, AstNode? syntaxNode = null)
        : base(name, type, defaultValue, description, deprecationReason, syntaxNode)
    {
    }
}
