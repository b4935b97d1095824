namespace Cpd.GraphQL.Language.Ast;

/// <summary>One value of an enum type definition.</summary>
public sealed class EnumValueDefinitionNode : AstNode, IHasDirectives
{
    /// <summary>Creates a <see cref="EnumValueDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="name">The name.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Directives = directives ?? [];
    }

    internal EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode>? directives, SourceSpan span)
        : base(span)
    {
        Description = description;
        Name = name;
        Directives = directives ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The name.</summary>
    public NameNode Name { get; }

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Directives, "directives");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is EnumValueDefinitionNode;
}
