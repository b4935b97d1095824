namespace Cpd.GraphQL.Language.Ast;

/// <summary>An enum literal: a name other than <c>true</c>, <c>false</c> and <c>null</c>.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <summary>Creates a <see cref="EnumValueNode"/>; a null list stands for an empty one.</summary>
    /// <param name="value">The enum value's name.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public EnumValueNode(string value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    internal EnumValueNode(string value, SourceSpan span)
        : base(span)
    {
        Value = value;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumValue;

    /// <summary>The enum value's name.</summary>
    public string Value { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
    }

    internal override bool ShallowEquals(AstNode other)
        => other is EnumValueNode o && string.Equals(Value, o.Value, StringComparison.Ordinal);
}
