using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// <c>interface Node { id: ID! }</c>: an object with a global id that <c>node(id:)</c> can fetch again. An implementing
/// output class also marks its property <c>[GraphQLType("ID!")]</c> (attributes of interface members are not inherited)
/// and its feature registers a loader with <see cref="CpdSchemaBuilder.AddNode{TNode}"/>.
/// </summary>
[GraphQLDescription("An object with a global id, which `node(id:)` fetches again through the same access rules as the object's own query.")]
public interface INode
{
    /// <summary>The global id (see <see cref="GlobalId"/>).</summary>
    [GraphQLType("ID!")]
    [GraphQLDescription("The global id: opaque, stable, and accepted by `node(id:)`.")]
    string Id { get; }
}
