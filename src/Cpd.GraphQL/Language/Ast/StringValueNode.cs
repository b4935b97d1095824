namespace Cpd.GraphQL.Language.Ast;

/// <summary>A string literal: a quoted string or a block string.</summary>
public sealed class StringValueNode : ValueNode
{
    /// <summary>Creates a <see cref="StringValueNode"/>; a null list stands for an empty one.</summary>
    /// <param name="value">The string's value, escapes resolved (block strings dedented).</param>
    /// <param name="block">True when the literal was written as a block string <c>"""..."""</c>.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public StringValueNode(string value, bool block, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
        Block = block;
    }

    internal StringValueNode(string value, bool block, SourceSpan span)
        : base(span)
    {
        Value = value;
        Block = block;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The string's value, escapes resolved (block strings dedented).</summary>
    public string Value { get; }

    /// <summary>True when the literal was written as a block string <c>"""..."""</c>.</summary>
    public bool Block { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
    }

    internal override bool ShallowEquals(AstNode other)
        => other is StringValueNode o && string.Equals(Value, o.Value, StringComparison.Ordinal) && Block == o.Block;
}
