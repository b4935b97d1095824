using System.Collections.Frozen;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary>The loader of every <c>Node</c> type by its GraphQL name, filled by the features' <see cref="CpdSchemaBuilder.AddNode{TNode}"/>.</summary>
public sealed class NodeRegistry
{
    private readonly FrozenDictionary<string, NodeLoader> _loaders;

    internal NodeRegistry(IReadOnlyDictionary<string, NodeLoader> loaders) => _loaders = loaders.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The GraphQL names of the node types.</summary>
    public IEnumerable<string> TypeNames => _loaders.Keys;

    /// <summary>Loads a node by global id, as the caller of <paramref name="context"/> may see it.</summary>
    /// <param name="id">The global id.</param>
    /// <param name="context">The resolver's context.</param>
    /// <returns>The node.</returns>
    /// <exception cref="GraphQL.Errors.GraphQLException">Coded <c>MALFORMED_ID</c>, <c>NOT_FOUND</c> or <c>FORBIDDEN</c>.</exception>
    public async ValueTask<INode> LoadAsync(string id, IResolverContext context)
    {
        if (!GlobalId.TryParse(id, out var typeName, out var databaseId))
        {
            throw ApiError.Create(ApiErrorCodes.MalformedId, $"\"{id}\" is not a global id.");
        }

        if (!_loaders.TryGetValue(typeName, out var loader))
        {
            throw ApiError.NotFound("Node", id);
        }

        return await loader(context, databaseId).ConfigureAwait(false) ?? throw ApiError.NotFound(typeName, id);
    }
}
