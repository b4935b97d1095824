namespace Cpd.Api.Schema.Common;

/// <summary>An item of a page with its cursor (Relay's edge; the GraphQL type is named <c>&lt;Node&gt;Edge</c>).</summary>
/// <typeparam name="TNode">The item's output type.</typeparam>
/// <param name="Cursor">The opaque position of the item, for <c>after</c> or <c>before</c>.</param>
/// <param name="Node">The item.</param>
public sealed record Edge<TNode>(string Cursor, TNode Node)
    where TNode : class;
