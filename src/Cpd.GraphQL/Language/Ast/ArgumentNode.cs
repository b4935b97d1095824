namespace Cpd.GraphQL.Language.Ast;

/// <summary>An argument <c>name: value</c> of a field or directive.</summary>
public sealed class ArgumentNode : AstNode
{
    /// <summary>Creates a <see cref="ArgumentNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="value">The argument's value.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public ArgumentNode(NameNode name, ValueNode value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    internal ArgumentNode(NameNode name, ValueNode value, SourceSpan span)
        : base(span)
    {
        Name = name;
        Value = value;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Argument;

    /// <summary>The argument's name.</summary>
    public NameNode Name { get; }

    /// <summary>The argument's value.</summary>
    public ValueNode Value { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
        into.Add(new AstChild(Value, "value", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is ArgumentNode;
}
