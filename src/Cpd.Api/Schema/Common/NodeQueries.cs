using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: any object with a global id, through its type's own access rules.</summary>
[ExtendObjectType("Query")]
public sealed class NodeQueries
{
    /// <summary>The most ids one <c>nodes</c> call accepts.</summary>
    public const int MaxIds = 100;

    /// <summary>Fetches an object by global id.</summary>
    /// <param name="id">The global id.</param>
    /// <param name="nodes">The node loaders.</param>
    /// <param name="context">The resolver's context.</param>
    /// <returns>The object.</returns>
    [GraphQLDescription("Fetches any object by its global id; null with an error coded MALFORMED_ID, NOT_FOUND or FORBIDDEN otherwise.")]
    public async ValueTask<INode?> Node([GraphQLType("ID!")] string id, [Service] NodeRegistry nodes, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return await nodes.LoadAsync(id, context).ConfigureAwait(false);
    }

    /// <summary>Fetches objects by global id, in order; each one that cannot be fetched is null with its own error.</summary>
    /// <param name="ids">The global ids.</param>
    /// <param name="nodes">The node loaders.</param>
    /// <param name="context">The resolver's context.</param>
    /// <returns>The objects.</returns>
    [GraphQLDescription("Fetches objects by global id (at most 100), in the order given; an id that cannot be fetched gives null and an error at its index.")]
    public async Task<IReadOnlyList<INode?>> Nodes([GraphQLType("[ID!]!")] IReadOnlyList<string> ids, [Service] NodeRegistry nodes, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(context);
        if (ids.Count > MaxIds)
        {
            throw ApiError.Create(ApiErrorCodes.InvalidPaging, $"nodes accepts at most {MaxIds} ids; got {ids.Count}.");
        }

        var result = new INode?[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            try
            {
                result[i] = await nodes.LoadAsync(ids[i], context).ConfigureAwait(false);
            }
            catch (GraphQLException exception)
            {
                var error = exception.Errors[0];
                context.ReportError(new GraphQLError(error.Message, path: context.Path.Append(i).ToList(), extensions: error.Extensions));
            }
        }

        return result;
    }
}
