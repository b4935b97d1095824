namespace Cpd.GraphQL.Language.Ast;

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <summary>Creates a <see cref="FloatValueNode"/>; a null list stands for an empty one.</summary>
    /// <param name="value">The literal exactly as written, e.g. <c>1.5e10</c>.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public FloatValueNode(string value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    internal FloatValueNode(string value, SourceSpan span)
        : base(span)
    {
        Value = value;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FloatValue;

    /// <summary>The literal exactly as written, e.g. <c>1.5e10</c>.</summary>
    public string Value { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
    }

    internal override bool ShallowEquals(AstNode other)
        => other is FloatValueNode o && string.Equals(Value, o.Value, StringComparison.Ordinal);
}
