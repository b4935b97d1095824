namespace Cpd.GraphQL.Language.Ast;

/// <summary>An enum type definition <c>enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates a <see cref="EnumTypeDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="name">The name.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="values">The values defined.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public EnumTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<EnumValueDefinitionNode>? values, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Directives = directives ?? [];
        Values = values ?? [];
    }

    internal EnumTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<EnumValueDefinitionNode>? values, SourceSpan span)
        : base(span)
    {
        Description = description;
        Name = name;
        Directives = directives ?? [];
        Values = values ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public override StringValueNode? Description { get; }

    /// <summary>The name.</summary>
    public override NameNode Name { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The values defined.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Directives, "directives");
        AddList(into, Values, "values");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is EnumTypeDefinitionNode;
}
