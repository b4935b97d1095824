namespace Cpd.GraphQL.Language.Ast;

/// <summary>An input object literal <c>{ name: value, ... }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <summary>Creates a <see cref="ObjectValueNode"/>; a null list stands for an empty one.</summary>
    /// <param name="fields">The fields, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode>? fields, Location? location = null)
        : base(location)
    {
        Fields = fields ?? [];
    }

    internal ObjectValueNode(IReadOnlyList<ObjectFieldNode>? fields, SourceSpan span)
        : base(span)
    {
        Fields = fields ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectValue;

    /// <summary>The fields, in source order.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        AddList(into, Fields, "fields");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is ObjectValueNode;
}
