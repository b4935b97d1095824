namespace Cpd.GraphQL.Language.Ast;

/// <summary>A scalar type extension <c>extend scalar Name @directives</c>.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a <see cref="ScalarTypeExtensionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Directives = directives ?? [];
    }

    internal ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, SourceSpan span)
        : base(span)
    {
        Name = name;
        Directives = directives ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;

    /// <summary>The name.</summary>
    public override NameNode Name { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
        AddList(into, Directives, "directives");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is ScalarTypeExtensionNode;
}
