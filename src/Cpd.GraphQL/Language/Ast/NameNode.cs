namespace Cpd.GraphQL.Language.Ast;

/// <summary>A name (<c>Name</c> in the grammar): an identifier such as a field, type or argument name.</summary>
public sealed class NameNode : AstNode
{
    /// <summary>Creates a <see cref="NameNode"/>; a null list stands for an empty one.</summary>
    /// <param name="value">The identifier text.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public NameNode(string value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    internal NameNode(string value, SourceSpan span)
        : base(span)
    {
        Value = value;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Name;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
    }

    internal override bool ShallowEquals(AstNode other)
        => other is NameNode o && string.Equals(Value, o.Value, StringComparison.Ordinal);
}
