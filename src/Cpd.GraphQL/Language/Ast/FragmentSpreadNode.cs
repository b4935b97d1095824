namespace Cpd.GraphQL.Language.Ast;

/// <summary>A fragment spread <c>...Name @directives</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <summary>Creates a <see cref="FragmentSpreadNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The name of the spread fragment.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Directives = directives ?? [];
    }

    internal FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, SourceSpan span)
        : base(span)
    {
        Name = name;
        Directives = directives ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <summary>The name of the spread fragment.</summary>
    public NameNode Name { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Directives, "directives");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is FragmentSpreadNode;
}
