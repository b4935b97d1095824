namespace Cpd.GraphQL.Language.Ast;

/// <summary>An object type definition <c>type Name implements I @directives { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates a <see cref="ObjectTypeDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="name">The name.</param>
    /// <param name="interfaces">The interfaces implemented.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="fields">The fields defined.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public ObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode>? interfaces, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<FieldDefinitionNode>? fields, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Interfaces = interfaces ?? [];
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    internal ObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode>? interfaces, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<FieldDefinitionNode>? fields, SourceSpan span)
        : base(span)
    {
        Description = description;
        Name = name;
        Interfaces = interfaces ?? [];
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public override StringValueNode? Description { get; }

    /// <summary>The name.</summary>
    public override NameNode Name { get; }

    /// <summary>The interfaces implemented.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The fields defined.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Interfaces, "interfaces");
        AddList(into, Directives, "directives");
        AddList(into, Fields, "fields");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is ObjectTypeDefinitionNode;
}
