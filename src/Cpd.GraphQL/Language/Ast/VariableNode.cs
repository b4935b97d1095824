namespace Cpd.GraphQL.Language.Ast;

/// <summary>A variable reference <c>$name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    /// <summary>Creates a <see cref="VariableNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The variable's name (without the <c>$</c>).</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public VariableNode(NameNode name, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    internal VariableNode(NameNode name, SourceSpan span)
        : base(span)
    {
        Name = name;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Variable;

    /// <summary>The variable's name (without the <c>$</c>).</summary>
    public NameNode Name { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is VariableNode;
}
