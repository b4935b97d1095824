namespace Cpd.GraphQL.Language.Ast;

/// <summary>A type reference: <see cref="NamedTypeNode"/>, <see cref="ListTypeNode"/> or <see cref="NonNullTypeNode"/>.</summary>
public abstract class TypeNode : AstNode
{
    /// <summary>Initialises the node's location.</summary>
    /// <param name="location">Where the node was parsed from, or null.</param>
    protected TypeNode(Location? location)
        : base(location)
    {
    }

    private protected TypeNode(SourceSpan span)
        : base(span)
    {
    }
}
