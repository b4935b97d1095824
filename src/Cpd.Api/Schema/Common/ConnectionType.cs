using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary>Names <see cref="Connection{TNode}"/> after its node, <c>OrganisationConnection</c>; registered for every connection the schema uses.</summary>
/// <typeparam name="TNode">The node type.</typeparam>
public sealed class ConnectionType<TNode> : ObjectType<Connection<TNode>>
    where TNode : class
{
    /// <inheritdoc/>
    protected override void Configure(IObjectTypeDescriptor<Connection<TNode>> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var node = GraphQLNames.Of<TNode>();
        descriptor.Name(node + "Connection").Description($"A page of {node} items (Relay cursor connection).");
        descriptor.Field(c => c.Edges).Description("The items of the page with their cursors.");
        descriptor.Field(c => c.Nodes).Description("The items of the page, without cursors.");
        descriptor.Field(c => c.PageInfo).Description("Where the page sits in the list.");
        descriptor.Field(c => c.TotalCount(default)).Description("How many items the whole list has, as you may see it (counted only when asked for).");
    }
}
