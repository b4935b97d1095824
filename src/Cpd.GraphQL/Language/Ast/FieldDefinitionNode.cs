namespace Cpd.GraphQL.Language.Ast;

/// <summary>A field definition <c>name(arguments): Type @directives</c> of an object or interface type.</summary>
public sealed class FieldDefinitionNode : AstNode, IHasDirectives
{
    /// <summary>Creates a <see cref="FieldDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="name">The name.</param>
    /// <param name="arguments">The argument definitions.</param>
    /// <param name="type">The field's output type.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public FieldDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode>? arguments, TypeNode type, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Arguments = arguments ?? [];
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
        Directives = directives ?? [];
    }

    internal FieldDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode>? arguments, TypeNode type, IReadOnlyList<DirectiveNode>? directives, SourceSpan span)
        : base(span)
    {
        Description = description;
        Name = name;
        Arguments = arguments ?? [];
        Type = type;
        Directives = directives ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FieldDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The name.</summary>
    public NameNode Name { get; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    /// <summary>The field's output type.</summary>
    public TypeNode Type { get; }

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Arguments, "arguments");
        into.Add(new AstChild(Type, "type", -1));
        AddList(into, Directives, "directives");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is FieldDefinitionNode;
}
