using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary>Names <see cref="Edge{TNode}"/> after its node, <c>OrganisationEdge</c>.</summary>
/// <typeparam name="TNode">The node type.</typeparam>
public sealed class EdgeType<TNode> : ObjectType<Edge<TNode>>
    where TNode : class
{
    /// <inheritdoc/>
    protected override void Configure(IObjectTypeDescriptor<Edge<TNode>> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var node = GraphQLNames.Of<TNode>();
        descriptor.Name(node + "Edge").Description($"A {node} with its cursor.");
        descriptor.Field(e => e.Cursor).Description("The item's opaque position, for `after` or `before`.");
        descriptor.Field(e => e.Node).Description("The item.");
    }
}
