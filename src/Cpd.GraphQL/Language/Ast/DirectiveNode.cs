namespace Cpd.GraphQL.Language.Ast;

/// <summary>A directive application <c>@name(arguments)</c>.</summary>
public sealed class DirectiveNode : AstNode
{
    /// <summary>Creates a <see cref="DirectiveNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The directive's name (without the <c>@</c>).</param>
    /// <param name="arguments">The arguments, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode>? arguments, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Arguments = arguments ?? [];
    }

    internal DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode>? arguments, SourceSpan span)
        : base(span)
    {
        Name = name;
        Arguments = arguments ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Directive;

    /// <summary>The directive's name (without the <c>@</c>).</summary>
    public NameNode Name { get; }

    /// <summary>The arguments, in source order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Arguments, "arguments");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is DirectiveNode;
}
