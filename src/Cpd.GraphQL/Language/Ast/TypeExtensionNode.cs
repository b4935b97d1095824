namespace Cpd.GraphQL.Language.Ast;

/// <summary>An extension of a named type (<c>extend scalar|type|interface|union|enum|input ...</c>).</summary>
public abstract class TypeExtensionNode : DefinitionNode, IHasDirectives
{
    /// <summary>Initialises the node's location.</summary>
    /// <param name="location">Where the node was parsed from, or null.</param>
    protected TypeExtensionNode(Location? location)
        : base(location)
    {
    }

    private protected TypeExtensionNode(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>The name of the extended type.</summary>
    public abstract NameNode Name { get; }

    /// <summary>The directives added to the type.</summary>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
