namespace Cpd.GraphQL.Language.Ast;

/// <summary>An interface type extension <c>extend interface Name implements I @directives { fields }</c>.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a <see cref="InterfaceTypeExtensionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="interfaces">The interfaces added.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="fields">The fields added.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public InterfaceTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode>? interfaces, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<FieldDefinitionNode>? fields, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Interfaces = interfaces ?? [];
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    internal InterfaceTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode>? interfaces, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<FieldDefinitionNode>? fields, SourceSpan span)
        : base(span)
    {
        Name = name;
        Interfaces = interfaces ?? [];
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    /// <summary>The name.</summary>
    public override NameNode Name { get; }

    /// <summary>The interfaces added.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The fields added.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Interfaces, "interfaces");
        AddList(into, Directives, "directives");
        AddList(into, Fields, "fields");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is InterfaceTypeExtensionNode;
}
