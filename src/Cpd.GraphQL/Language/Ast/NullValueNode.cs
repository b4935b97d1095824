namespace Cpd.GraphQL.Language.Ast;

/// <summary>The literal <c>null</c>.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <summary>Creates a <see cref="NullValueNode"/>; a null list stands for an empty one.</summary>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public NullValueNode(Location? location = null)
        : base(location)
    {
    }

    internal NullValueNode(SourceSpan span)
        : base(span)
    {
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NullValue;

    internal override void CollectChildren(List<AstChild> into)
    {
    }

    internal override bool ShallowEquals(AstNode other)
        => other is NullValueNode;
}
