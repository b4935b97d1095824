namespace Cpd.GraphQL.Language.Ast;

/// <summary>One field <c>name: value</c> of an input object literal.</summary>
public sealed class ObjectFieldNode : AstNode
{
    /// <summary>Creates a <see cref="ObjectFieldNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The field's name.</param>
    /// <param name="value">The field's value.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public ObjectFieldNode(NameNode name, ValueNode value, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    internal ObjectFieldNode(NameNode name, ValueNode value, SourceSpan span)
        : base(span)
    {
        Name = name;
        Value = value;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <summary>The field's name.</summary>
    public NameNode Name { get; }

    /// <summary>The field's value.</summary>
    public ValueNode Value { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
        into.Add(new AstChild(Value, "value", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is ObjectFieldNode;
}
