namespace Cpd.GraphQL.Language.Ast;

/// <summary>The literal <c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <summary>Creates a <see cref="BooleanValueNode"/>; a null list stands for an empty one.</summary>
    /// <param name="value">The boolean value.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public BooleanValueNode(bool value, Location? location = null)
        : base(location)
    {
        Value = value;
    }

    internal BooleanValueNode(bool value, SourceSpan span)
        : base(span)
    {
        Value = value;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.BooleanValue;

    /// <summary>The boolean value.</summary>
    public bool Value { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
    }

    internal override bool ShallowEquals(AstNode other)
        => other is BooleanValueNode o && Value == o.Value;
}
