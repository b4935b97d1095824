namespace Cpd.GraphQL.Language.Ast;

/// <summary>A named type definition (scalar, object, interface, union, enum or input object).</summary>
public abstract class TypeDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>Initialises the node's location.</summary>
    /// <param name="location">Where the node was parsed from, or null.</param>
    protected TypeDefinitionNode(Location? location)
        : base(location)
    {
    }

    private protected TypeDefinitionNode(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>The type's description, if any.</summary>
    public abstract StringValueNode? Description { get; }

    /// <summary>The type's name.</summary>
    public abstract NameNode Name { get; }

    /// <summary>The directives applied to the type.</summary>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
