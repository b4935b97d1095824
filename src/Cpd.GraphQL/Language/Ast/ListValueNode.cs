namespace Cpd.GraphQL.Language.Ast;

/// <summary>A list literal <c>[ values ]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <summary>Creates a <see cref="ListValueNode"/>; a null list stands for an empty one.</summary>
    /// <param name="values">The items, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public ListValueNode(IReadOnlyList<ValueNode>? values, Location? location = null)
        : base(location)
    {
        Values = values ?? [];
    }

    internal ListValueNode(IReadOnlyList<ValueNode>? values, SourceSpan span)
        : base(span)
    {
        Values = values ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListValue;

    /// <summary>The items, in source order.</summary>
    public IReadOnlyList<ValueNode> Values { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        AddList(into, Values, "values");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is ListValueNode;
}
