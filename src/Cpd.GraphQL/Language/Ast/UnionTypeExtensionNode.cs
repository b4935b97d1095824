namespace Cpd.GraphQL.Language.Ast;

/// <summary>A union type extension <c>extend union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a <see cref="UnionTypeExtensionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="types">The member types added.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public UnionTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<NamedTypeNode>? types, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Directives = directives ?? [];
        Types = types ?? [];
    }

    internal UnionTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<NamedTypeNode>? types, SourceSpan span)
        : base(span)
    {
        Name = name;
        Directives = directives ?? [];
        Types = types ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    /// <summary>The name.</summary>
    public override NameNode Name { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The member types added.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Directives, "directives");
        AddList(into, Types, "types");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is UnionTypeExtensionNode;
}
