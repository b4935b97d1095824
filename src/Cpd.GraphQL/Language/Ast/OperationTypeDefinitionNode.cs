namespace Cpd.GraphQL.Language.Ast;

/// <summary>A root operation type <c>query: Query</c> inside a schema definition or extension.</summary>
public sealed class OperationTypeDefinitionNode : AstNode
{
    /// <summary>Creates a <see cref="OperationTypeDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="operation">The operation kind.</param>
    /// <param name="type">The root type for that operation.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null)
        : base(location)
    {
        Operation = operation;
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
    }

    internal OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, SourceSpan span)
        : base(span)
    {
        Operation = operation;
        Type = type;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <summary>The operation kind.</summary>
    public OperationType Operation { get; }

    /// <summary>The root type for that operation.</summary>
    public NamedTypeNode Type { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        into.Add(new AstChild(Type, "type", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is OperationTypeDefinitionNode o && Operation == o.Operation;
}
