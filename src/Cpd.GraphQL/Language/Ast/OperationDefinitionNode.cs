namespace Cpd.GraphQL.Language.Ast;

/// <summary>An operation: a query, mutation or subscription (or the query shorthand <c>{ ... }</c>).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>Creates a <see cref="OperationDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="operation">Which kind of operation this is.</param>
    /// <param name="name">The operation's name; null for an anonymous operation.</param>
    /// <param name="variableDefinitions">The variables the operation declares.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="selectionSet">The operation's top-level selections.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public OperationDefinitionNode(StringValueNode? description, OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode>? variableDefinitions, IReadOnlyList<DirectiveNode>? directives, SelectionSetNode selectionSet, Location? location = null)
        : base(location)
    {
        Description = description;
        Operation = operation;
        Name = name;
        VariableDefinitions = variableDefinitions ?? [];
        Directives = directives ?? [];
        ArgumentNullException.ThrowIfNull(selectionSet);
        SelectionSet = selectionSet;
    }

    internal OperationDefinitionNode(StringValueNode? description, OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode>? variableDefinitions, IReadOnlyList<DirectiveNode>? directives, SelectionSetNode selectionSet, SourceSpan span)
        : base(span)
    {
        Description = description;
        Operation = operation;
        Name = name;
        VariableDefinitions = variableDefinitions ?? [];
        Directives = directives ?? [];
        SelectionSet = selectionSet;
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public override StringValueNode? Description { get; }

    /// <summary>Which kind of operation this is.</summary>
    public OperationType Operation { get; }

    /// <summary>The operation's name; null for an anonymous operation.</summary>
    public NameNode? Name { get; }

    /// <summary>The variables the operation declares.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    /// <summary>The directives applied, in source order.</summary>
    public override IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The operation's top-level selections.</summary>
    public override SelectionSetNode SelectionSet { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        if (Name is not null)
        {
            into.Add(new AstChild(Name, "name", -1));
        }

        AddList(into, VariableDefinitions, "variableDefinitions");
        AddList(into, Directives, "directives");
        into.Add(new AstChild(SelectionSet, "selectionSet", -1));
    }

    internal override bool ShallowEquals(AstNode other)
        => other is OperationDefinitionNode o && Operation == o.Operation;
}
