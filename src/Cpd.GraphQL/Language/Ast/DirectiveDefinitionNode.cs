namespace Cpd.GraphQL.Language.Ast;

/// <summary>A directive definition <c>directive @name(arguments) repeatable on LOCATIONS</c>.</summary>
public sealed class DirectiveDefinitionNode : DefinitionNode
{
    /// <summary>Creates a <see cref="DirectiveDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="name">The name.</param>
    /// <param name="arguments">The argument definitions.</param>
    /// <param name="repeatable">True when the directive is declared <c>repeatable</c>.</param>
    /// <param name="locations">The directive locations, as written.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode>? arguments, bool repeatable, IReadOnlyList<NameNode>? locations, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Arguments = arguments ?? [];
        Repeatable = repeatable;
        Locations = locations ?? [];
    }

    internal DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode>? arguments, bool repeatable, IReadOnlyList<NameNode>? locations, SourceSpan span)
        : base(span)
    {
        Description = description;
        Name = name;
        Arguments = arguments ?? [];
        Repeatable = repeatable;
        Locations = locations ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The name.</summary>
    public NameNode Name { get; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    /// <summary>True when the directive is declared <c>repeatable</c>.</summary>
    public bool Repeatable { get; }

    /// <summary>The directive locations, as written.</summary>
    public IReadOnlyList<NameNode> Locations { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Arguments, "arguments");
        AddList(into, Locations, "locations");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is DirectiveDefinitionNode o && Repeatable == o.Repeatable;
}
