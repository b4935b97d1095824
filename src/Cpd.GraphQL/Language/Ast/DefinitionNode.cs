namespace Cpd.GraphQL.Language.Ast;

/// <summary>A top-level definition of a document: executable (operation, fragment) or type system.</summary>
public abstract class DefinitionNode : AstNode
{
    /// <summary>Initialises the node's location.</summary>
    /// <param name="location">Where the node was parsed from, or null.</param>
    protected DefinitionNode(Location? location)
        : base(location)
    {
    }

    private protected DefinitionNode(SourceSpan span)
        : base(span)
    {
    }
}
