namespace Cpd.GraphQL.Language.Ast;

/// <summary>A variable declared by an operation: <c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinitionNode : AstNode, IHasDirectives
{
    /// <summary>Creates a <see cref="VariableDefinitionNode"/>; a null list stands for an empty one.</summary>
    /// <param name="description">The description (a string or block string) preceding the definition, if any.</param>
    /// <param name="variable">The variable being declared.</param>
    /// <param name="type">The variable's declared input type.</param>
    /// <param name="defaultValue">The constant default value, if any.</param>
    /// <param name="directives">The directives applied, in source order.</param>
    /// <param name="location">Where the node was parsed from, or null.</param>
    public VariableDefinitionNode(StringValueNode? description, VariableNode variable, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
        : base(location)
    {
        Description = description;
        ArgumentNullException.ThrowIfNull(variable);
        Variable = variable;
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives ?? [];
    }

    internal VariableDefinitionNode(StringValueNode? description, VariableNode variable, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode>? directives, SourceSpan span)
        : base(span)
    {
        Description = description;
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives ?? [];
    }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>The description (a string or block string) preceding the definition, if any.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The variable being declared.</summary>
    public VariableNode Variable { get; }

    /// <summary>The variable's declared input type.</summary>
    public TypeNode Type { get; }

    /// <summary>The constant default value, if any.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    internal override void CollectChildren(List<AstChild> into)
    {
        if (Description is not null)
        {
            into.Add(new AstChild(Description, "description", -1));
        }

        into.Add(new AstChild(Variable, "variable", -1));
        into.Add(new AstChild(Type, "type", -1));
        if (DefaultValue is not null)
        {
            into.Add(new AstChild(DefaultValue, "defaultValue", -1));
        }

        AddList(into, Directives, "directives");
    }

    internal override bool ShallowEquals(AstNode other)
        => other is VariableDefinitionNode;
}
