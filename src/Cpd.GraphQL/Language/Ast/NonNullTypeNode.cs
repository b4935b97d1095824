namespace Cpd.GraphQL.Language.Ast;

/// <summary>A non-null type <c>Type!</c> (wrapping a named or list type).</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <summary>Creates a <see cref="NonNullTypeNode"/>; a null list stands for an empty one.</summary>
    /// <param name="type">The wrapped (nullable) type.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public NonNullTypeNode(TypeNode type, Location? location = null)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
    }

    internal NonNullTypeNode(TypeNode type, SourceSpan span)
        : base(span)
    {
        Type = type;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>The wrapped (nullable) type.</summary>
    public TypeNode Type { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Type, "type", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is NonNullTypeNode;
}
