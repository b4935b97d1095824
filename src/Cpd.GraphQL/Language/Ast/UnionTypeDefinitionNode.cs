namespace Cpd.GraphQL.Language.Ast;

/// <summary>A union type definition <c>union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates a <see cref="UnionTypeDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="name">The name.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="types">The member types.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public UnionTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<NamedTypeNode>? types, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Directives = directives ?? [];
        Types = types ?? [];
    }

    internal UnionTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<NamedTypeNode>? types, SourceSpan span)
        : base(span)
    {
        Description = description;
        Name = name;
        Directives = directives ?? [];
        Types = types ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public override StringValueNode? Description { get; }

    /// <summary>The name.</summary>
    public override NameNode Name { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Directives, "directives");
        AddList(into, Types, "types");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is UnionTypeDefinitionNode;
}
