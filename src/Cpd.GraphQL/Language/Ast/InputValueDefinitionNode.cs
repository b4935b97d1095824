namespace Cpd.GraphQL.Language.Ast;

/// <summary>An argument or input field definition <c>name: Type = default @directives</c>.</summary>
public sealed class InputValueDefinitionNode : AstNode, IHasDirectives
{
    /// <summary>Creates a <see cref="InputValueDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="name">The name.</param>
    /// <param name="type">The input type.</param>
    /// <param name="defaultValue">The constant default value, if any.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public InputValueDefinitionNode(StringValueNode? description, NameNode name, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives ?? [];
    }

    internal InputValueDefinitionNode(StringValueNode? description, NameNode name, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode>? directives, SourceSpan span)
        : base(span)
    {
        Description = description;
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The name.</summary>
    public NameNode Name { get; }

    /// <summary>The input type.</summary>
    public TypeNode Type { get; }

    /// <summary>The constant default value, if any.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        into.Add(new AstChild(Type, "type", -1));
        if (DefaultValue is not null)
        {
            into.Add(new AstChild(DefaultValue, "defaultValue", -1));
        }

        AddList(into, Directives, "directives");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is InputValueDefinitionNode;
}
