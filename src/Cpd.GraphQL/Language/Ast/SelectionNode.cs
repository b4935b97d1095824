namespace Cpd.GraphQL.Language.Ast;

/// <summary>A selection: a <see cref="FieldNode"/>, <see cref="FragmentSpreadNode"/> or <see cref="InlineFragmentNode"/>.</summary>
public abstract class SelectionNode : AstNode, IHasDirectives
{
    /// <summary>Initialises the node's location.</summary>
    /// <param name="location">Where the node was parsed from, or null.</param>
    protected SelectionNode(Location? location)
        : base(location)
    {
    }

    private protected SelectionNode(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>The directives applied to the selection.</summary>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
