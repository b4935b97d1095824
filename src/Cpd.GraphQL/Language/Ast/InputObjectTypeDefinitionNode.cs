namespace Cpd.GraphQL.Language.Ast;

/// <summary>An input object type definition <c>input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates a <see cref="InputObjectTypeDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="name">The name.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="fields">The input fields defined.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public InputObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<InputValueDefinitionNode>? fields, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    internal InputObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<InputValueDefinitionNode>? fields, SourceSpan span)
        : base(span)
    {
        Description = description;
        Name = name;
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public override StringValueNode? Description { get; }

    /// <summary>The name.</summary>
    public override NameNode Name { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The input fields defined.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Directives, "directives");
        AddList(into, Fields, "fields");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is InputObjectTypeDefinitionNode;
}
