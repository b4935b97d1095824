namespace Cpd.GraphQL.Language.Ast;

/// <summary>An input object type extension <c>extend input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a <see cref="InputObjectTypeExtensionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="fields">The input fields added.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public InputObjectTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<InputValueDefinitionNode>? fields, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    internal InputObjectTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<InputValueDefinitionNode>? fields, SourceSpan span)
        : base(span)
    {
        Name = name;
        Directives = directives ?? [];
        Fields = fields ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    /// <summary>The name.</summary>
    public override NameNode Name { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The input fields added.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Directives, "directives");
        AddList(into, Fields, "fields");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is InputObjectTypeExtensionNode;
}
