namespace Cpd.GraphQL.Language.Ast;

/// <summary>A list type <c>[Type]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <summary>Creates a <see cref="ListTypeNode"/>; a null list stands for an empty one.</summary>
    /// <param name="type">The item type.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public ListTypeNode(TypeNode type, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
    }

    internal ListTypeNode(TypeNode type, SourceSpan span)
        : base(span)
    {
        Type = type;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListType;

    /// <summary>The item type.</summary>
    public TypeNode Type { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Type, "type", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is ListTypeNode;
}
