namespace Cpd.GraphQL.Language.Ast;

/// <summary>A selection set <c>{ ... }</c>.</summary>
public sealed class SelectionSetNode : AstNode
{
    /// <summary>Creates a <see cref="SelectionSetNode"/>; a null list stands for an empty one.</summary>
    /// <param name="selections">The selections, in source order (never empty in a parsed document).</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public SelectionSetNode(IReadOnlyList<SelectionNode>? selections, Location? location = null)
        : base(location)
    {
        Selections = selections ?? [];
    }

    internal SelectionSetNode(IReadOnlyList<SelectionNode>? selections, SourceSpan span)
        : base(span)
    {
        Selections = selections ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <summary>The selections, in source order (never empty in a parsed document).</summary>
    public IReadOnlyList<SelectionNode> Selections { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        AddList(into, Selections, "selections");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is SelectionSetNode;
}
