namespace Cpd.GraphQL.Language.Ast;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <summary>Creates a <see cref="NamedTypeNode"/>; a null list stands for an empty one.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public NamedTypeNode(NameNode name, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    internal NamedTypeNode(NameNode name, SourceSpan span)
        : base(span)
    {
        Name = name;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NamedType;

    /// <summary>The type's name.</summary>
    public NameNode Name { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Name, "name", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is NamedTypeNode;
}
