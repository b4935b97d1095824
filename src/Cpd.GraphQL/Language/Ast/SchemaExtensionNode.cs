namespace Cpd.GraphQL.Language.Ast;

/// <summary>A schema extension <c>extend schema @directives { ... }</c>.</summary>
public sealed class SchemaExtensionNode : DefinitionNode, IHasDirectives
{
    /// <summary>Creates a <see cref="SchemaExtensionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="operationTypes">The root operation types added.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public SchemaExtensionNode(IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<OperationTypeDefinitionNode>? operationTypes, Location? location = null)
        : base(location)
    {
        Directives = directives ?? [];
        OperationTypes = operationTypes ?? [];
    }

    internal SchemaExtensionNode(IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<OperationTypeDefinitionNode>? operationTypes, SourceSpan span)
        : base(span)
    {
        Directives = directives ?? [];
        OperationTypes = operationTypes ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The root operation types added.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        AddList(into, Directives, "directives");
        AddList(into, OperationTypes, "operationTypes");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is SchemaExtensionNode;
}
