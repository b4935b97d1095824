namespace Cpd.GraphQL.Language.Ast;

/// <summary>An input value literal (or a variable reference).</summary>
public abstract class ValueNode : AstNode
{
    /// <summary>Initialises the node's location.</summary>
    /// <param name="location">Where the node was parsed from, or null.</param>
    protected ValueNode(Location? location)
        : base(location)
    {
    }

    private protected ValueNode(SourceSpan span)
        : base(span)
    {
    }
}
