namespace Cpd.GraphQL.Language.Ast;

/// <summary>A named fragment: <c>fragment Name on Type @directives { selections }</c>.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>Creates a <see cref="FragmentDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="name">The fragment's name (never <c>on</c>).</param>
    /// <param name="typeCondition">The type condition.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="selectionSet">The fragment's selections.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public FragmentDefinitionNode(StringValueNode? description, NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode>? directives, SelectionSetNode selectionSet, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        ArgumentNullException.ThrowIfNull(typeCondition);
        TypeCondition = typeCondition;
        Directives = directives ?? [];
        ArgumentNullException.ThrowIfNull(selectionSet);
        SelectionSet = selectionSet;
    }

    internal FragmentDefinitionNode(StringValueNode? description, NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode>? directives, SelectionSetNode selectionSet, SourceSpan span)
        : base(span)
    {
        Description = description;
        Name = name;
        TypeCondition = typeCondition;
        Directives = directives ?? [];
        SelectionSet = selectionSet;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public override StringValueNode? Description { get; }

    /// <summary>The fragment's name (never <c>on</c>).</summary>
    public NameNode Name { get; }

    /// <summary>The type condition.</summary>
    public NamedTypeNode TypeCondition { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The fragment's selections.</summary>
    public override SelectionSetNode SelectionSet { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        into.Add(new AstChild(TypeCondition, "typeCondition", -1));
        AddList(into, Directives, "directives");
        into.Add(new AstChild(SelectionSet, "selectionSet", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is FragmentDefinitionNode;
}
