namespace Cpd.GraphQL.Language.Ast;

/// <summary>
/// The base of every syntax tree node. Nodes are immutable; lists are never null; locations are
/// offsets into a <see cref="Source"/> (absent when parsed with <see cref="ParserOptions.NoLocation"/>).
/// </summary>
public abstract class AstNode
{
    private readonly SourceSpan _span;

    /// <summary>Initialises the node's location.</summary>
    /// <param name="location">Where the node was parsed from, or null.</param>
    protected AstNode(Location? location)
    {
        if (location is not null)
        {
            _span = new SourceSpan(location.Start, location.End, location.Source);
        }
    }

    private protected AstNode(SourceSpan span)
    {
        _span = span;
    }

    /// <summary>The node's kind (one per node class), for switching without type tests.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>
    /// Where the node was parsed from; null for nodes built in code or parsed without locations.
    /// (Created on each call from offsets kept in the node.)
    /// </summary>
    public Location? Location => _span.Source is { } source ? new Location(_span.Start, _span.End, source) : null;

    /// <summary>Prints the node as GraphQL source text (see <see cref="Printer.Print(AstNode)"/>).</summary>
    /// <returns>The printed node.</returns>
    public override string ToString() => Printer.Print(this);

    /// <summary>Appends the node's children, in visiting order, each with its key in this node.</summary>
    internal abstract void CollectChildren(List<AstChild> into);

    /// <summary>Compares the node's own scalar values (not its children) with another node's.</summary>
    internal abstract bool ShallowEquals(AstNode other);

    /// <summary>Appends each node of a list child with its index.</summary>
    private protected static void AddList<T>(List<AstChild> into, IReadOnlyList<T> list, string key)
        where T : AstNode
    {
        for (var i = 0; i < list.Count; i++)
        {
            into.Add(new AstChild(list[i], key, i));
        }
    }
}
