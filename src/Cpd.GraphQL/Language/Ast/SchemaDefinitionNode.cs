namespace Cpd.GraphQL.Language.Ast;

/// <summary>A schema definition <c>schema @directives { query: Query ... }</c>.</summary>
public sealed class SchemaDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>Creates a <see cref="SchemaDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="operationTypes">The root operation types.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public SchemaDefinitionNode(StringValueNode? description, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<OperationTypeDefinitionNode>? operationTypes, Location? location = null)
        : base(location)
    {
        Description = description;
        Directives = directives ?? [];
        OperationTypes = operationTypes ?? [];
    }

    internal SchemaDefinitionNode(StringValueNode? description, IReadOnlyList<DirectiveNode>? directives, IReadOnlyList<OperationTypeDefinitionNode>? operationTypes, SourceSpan span)
        : base(span)
    {
        Description = description;
        Directives = directives ?? [];
        OperationTypes = operationTypes ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        AddList(into, Directives, "directives");
        AddList(into, OperationTypes, "operationTypes");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is SchemaDefinitionNode;
}
