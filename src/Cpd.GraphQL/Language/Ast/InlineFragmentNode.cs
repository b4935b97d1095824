namespace Cpd.GraphQL.Language.Ast;

/// <summary>An inline fragment <c>... on Type @directives { selections }</c>.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <summary>Creates a <see cref="InlineFragmentNode"/>; a null list stands for an empty one.</summary>
    /// <param name="typeCondition">The type condition; null when the fragment has none.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="selectionSet">The fragment's selections.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode>? directives, SelectionSetNode selectionSet, Location? location = null)
        : base(location)
    {
        TypeCondition = typeCondition;
        Directives = directives ?? [];
        ArgumentNullException.ThrowIfNull(selectionSet);
        SelectionSet = selectionSet;
    }

    internal InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode>? directives, SelectionSetNode selectionSet, SourceSpan span)
        : base(span)
    {
        TypeCondition = typeCondition;
        Directives = directives ?? [];
        SelectionSet = selectionSet;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InlineFragment;

    /// <summary>The type condition; null when the fragment has none.</summary>
    public NamedTypeNode? TypeCondition { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The fragment's selections.</summary>
    public SelectionSetNode SelectionSet { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (TypeCondition is not null)
        {
            into.Add(new AstChild(TypeCondition, "typeCondition", -1));
        }

        AddList(into, Directives, "directives");
        into.Add(new AstChild(SelectionSet, "selectionSet", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is InlineFragmentNode;
}
