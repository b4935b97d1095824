namespace Cpd.Api.Schema.Common;

/// <summary>
/// One page of a list, Relay style (the GraphQL type is named <c>&lt;Node&gt;Connection</c>): <c>edges</c>,
/// <c>nodes</c>, <c>pageInfo</c> and <c>totalCount</c>. Build it with
/// <see cref="ConnectionQueries.PageAsync{TContext, TNode}"/>; <c>totalCount</c> runs its query only when a client selects it.
/// </summary>
/// <typeparam name="TNode">The items' output type.</typeparam>
public sealed class Connection<TNode>
    where TNode : class
{
    private readonly Func<CancellationToken, Task<int>> _count;

    /// <summary>Creates a page.</summary>
    /// <param name="edges">The items with their cursors, in list order.</param>
    /// <param name="pageInfo">Where the page sits.</param>
    /// <param name="count">Counts the whole list (every page, as this caller may see it); called only if <c>totalCount</c> is selected.</param>
    public Connection(IReadOnlyList<Edge<TNode>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(pageInfo);
        ArgumentNullException.ThrowIfNull(count);
        Edges = edges;
        PageInfo = pageInfo;
        _count = count;
    }

    /// <summary>The items with their cursors.</summary>
    public IReadOnlyList<Edge<TNode>> Edges { get; }

    /// <summary>The items (the edges' nodes, for clients that need no cursor per item).</summary>
    public IReadOnlyList<TNode> Nodes => [.. Edges.Select(e => e.Node)];

    /// <summary>Where the page sits.</summary>
    public PageInfo PageInfo { get; }

    /// <summary>How many items the whole list has (as this caller may see it); one query, run only when selected.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The count.</returns>
    public Task<int> TotalCount(CancellationToken cancellationToken) => _count(cancellationToken);
}
