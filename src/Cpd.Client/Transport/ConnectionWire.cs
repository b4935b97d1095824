namespace Cpd.Client.Transport;

/// <summary>One page of a Relay connection, as the client selects it: <c>nodes</c> and <c>pageInfo { hasNextPage endCursor }</c>.</summary>
/// <typeparam name="TNode">The items.</typeparam>
internal sealed class ConnectionWire<TNode>
{
    public List<TNode?>? Nodes { get; set; }

    public PageInfoWire? PageInfo { get; set; }
}

/// <summary>The part of <c>PageInfo</c> that forward paging needs.</summary>
internal sealed class PageInfoWire
{
    public bool HasNextPage { get; set; }

    public string? EndCursor { get; set; }
}
