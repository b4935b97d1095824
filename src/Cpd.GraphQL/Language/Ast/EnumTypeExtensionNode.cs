namespace Cpd.GraphQL.Language.Ast;

/// <summary>An enum type extension <c>extend enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a <see cref="EnumTypeExtensionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="values">The values added.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public EnumTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<EnumValueDefinitionNode>? values, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Directives = directives ?? [];
        Values = values ?? [];
    }

    internal EnumTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<EnumValueDefinitionNode>? values, SourceSpan span)
        : base(span)
    {
        Name = name;
        Directives = directives ?? [];
        Values = values ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    /// <summary>The name.</summary>
    public override NameNode Name { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The values added.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Directives, "directives");
        AddList(into, Values, "values");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is EnumTypeExtensionNode;
}
