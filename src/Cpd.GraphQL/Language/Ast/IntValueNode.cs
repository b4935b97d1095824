namespace Cpd.GraphQL.Language.Ast;

/// <summary>An integer literal, kept as its source text (it may exceed any CLR integer type).</summary>
public sealed class IntValueNode : ValueNode
{
    /// <summary>Creates a <see cref="IntValueNode"/>; a null list stands for an empty one.</summary>
    /// <param name="value">The literal exactly as written, e.g. <c>-12</c>.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public IntValueNode(string value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    internal IntValueNode(string value, SourceSpan span)
        : base(span)
    {
        Value = value;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.IntValue;

    /// <summary>The literal exactly as written, e.g. <c>-12</c>.</summary>
    public string Value { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
    }

    internal override bool ShallowEquals(AstNode other)
        => other is IntValueNode o && string.Equals(Value, o.Value, StringComparison.Ordinal);
}
