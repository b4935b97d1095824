namespace Cpd.GraphQL.Language.Ast;

/// <summary>A field selection: <c>alias: name(arguments) @directives { selections }</c>.</summary>
public sealed class FieldNode : SelectionNode
{
    private readonly IReadOnlyList<ArgumentNode>? _arguments;
    private readonly IReadOnlyList<DirectiveNode>? _directives;

    /// <summary>Creates a <see cref="FieldNode"/>; a null list stands for an empty one.</summary>
    /// <param name="alias">The alias (the response key), if one is given.</param>
    /// <param name="name">The field's name.</param>
    /// <param name="arguments">The arguments, in source order.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="selectionSet">The sub-selections; null for a leaf field.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode>? arguments, IReadOnlyList<DirectiveNode>? directives, SelectionSetNode? selectionSet, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Alias = alias;
        Name = name;
        _arguments = arguments;
        _directives = directives;
        SelectionSet = selectionSet;
    }

    // The parser's constructor stores only what is there: absent parts stay null without a store (each store of a
    // reference into the heap costs a write barrier call), and absent lists read as empty.
    internal FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode>? arguments, IReadOnlyList<DirectiveNode>? directives, SelectionSetNode? selectionSet, SourceSpan span)
        : base(span)
    {
        if (alias is not null)
        {
            Alias = alias;
        }

        Name = name;
        if (arguments is not null)
        {
            _arguments = arguments;
        }

        if (directives is not null)
        {
            _directives = directives;
        }

        if (selectionSet is not null)
        {
            SelectionSet = selectionSet;
        }
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The alias (the response key), if one is given.</summary>
    public NameNode? Alias { get; }

    /// <summary>The field's name.</summary>
    public NameNode Name { get; }

    /// <summary>The arguments, in source order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments => _arguments ?? [];

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives => _directives ?? [];

    /// <summary>The sub-selections; null for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Alias is not null)
        {
            into.Add(new AstChild(Alias, "alias", -1));
        }

        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Arguments, "arguments");
        AddList(into, Directives, "directives");
        if (SelectionSet is not null)
        {
            into.Add(new AstChild(SelectionSet, "selectionSet", -1));
        }
    }

    internal override bool ShallowEquals(AstNode other)
        => other is FieldNode;
}
