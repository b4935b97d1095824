namespace Cpd.GraphQL.Language.Ast;

/// <summary>An object type extension <c>extend type Name implements I @directives { fields }</c>.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a <see cref="ObjectTypeExtensionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="interfaces">The interfaces added.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="fields">The fields added.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public ObjectTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode>? interfaces, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<FieldDefinitionNode>? fields, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Interfaces = interfaces ?? [];
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    internal ObjectTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode>? interfaces, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<FieldDefinitionNode>? fields, SourceSpan span)
        : base(span)
    {
        Name = name;
        Interfaces = interfaces ?? [];
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

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
        => other is ObjectTypeExtensionNode;
}
