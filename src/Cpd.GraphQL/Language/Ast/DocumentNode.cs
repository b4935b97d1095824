namespace Cpd.GraphQL.Language.Ast;

/// <summary>A whole GraphQL document: one or more definitions.</summary>
public sealed class DocumentNode : AstNode
{
    /// <summary>Creates a <see cref="DocumentNode"/>; a null list stands for an empty one.</summary>
    /// <param name="definitions">The definitions, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public DocumentNode(IReadOnlyList<DefinitionNode>? definitions, Location? location = null)
        : base(location)
    {
        Definitions = definitions ?? [];
    }

    internal DocumentNode(IReadOnlyList<DefinitionNode>? definitions, SourceSpan span)
        : base(span)
    {
        Definitions = definitions ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Document;

    /// <summary>The definitions, in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        AddList(into, Definitions, "definitions");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is DocumentNode;
}
