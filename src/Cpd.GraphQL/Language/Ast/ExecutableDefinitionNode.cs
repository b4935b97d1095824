namespace Cpd.GraphQL.Language.Ast;

/// <summary>An executable definition: an <see cref="OperationDefinitionNode"/> or a <see cref="FragmentDefinitionNode"/>.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>Initialises the node's location.</summary>
    /// <param name="location">Where the node was parsed from, or null.</param>
    protected ExecutableDefinitionNode(Location? location)
        : base(location)
    {
    }

    private protected ExecutableDefinitionNode(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>The description preceding the definition, if any.</summary>
    public abstract StringValueNode? Description { get; }

    /// <summary>The directives applied to the definition.</summary>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The definition's selections.</summary>
    public abstract SelectionSetNode SelectionSet { get; }
}
