using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Schema.Common;

/// <summary>Builds Relay connections from EF queries by keyset paging.</summary>
public static class ConnectionQueries
{
    private static readonly HashSet<string> FieldsNeedingItems = new(StringComparer.Ordinal) { "edges", "nodes", "pageInfo" };

    /// <summary>
    /// Reads one page of a query: validates the paging arguments and cursors, fetches at most <c>size + 1</c> rows in key
    /// order beyond the cursor (the extra row only tells whether more follow), and leaves <c>totalCount</c> to a second
    /// query that runs only if the client selects it. Each query uses its own short-lived context, because resolvers run
    /// concurrently. When the client selects none of <c>edges</c>, <c>nodes</c> and <c>pageInfo</c> no rows are read.
    /// </summary>
    /// <typeparam name="TContext">The DbContext type.</typeparam>
    /// <typeparam name="TNode">The node type.</typeparam>
    /// <param name="contexts">Creates contexts.</param>
    /// <param name="query">The whole list as this caller may see it (filters applied, not ordered), usually projected to the node type.</param>
    /// <param name="sort">The order and cursor key.</param>
    /// <param name="paging">The paging arguments.</param>
    /// <param name="context">The connection field's resolver context (to see what is selected); <see langword="null"/> reads the rows.</param>
    /// <returns>The page.</returns>
    /// <exception cref="GraphQL.Errors.GraphQLException">Coded <c>INVALID_PAGING</c> or <c>INVALID_CURSOR</c>.</exception>
    public static async Task<Connection<TNode>> PageAsync<TContext, TNode>(
        this IDbContextFactory<TContext> contexts,
        Func<TContext, IQueryable<TNode>> query,
        SortKey<TNode> sort,
        PagingArguments paging,
        IResolverContext? context)
        where TContext : DbContext
        where TNode : class
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(sort);
        paging.Validate();
        var after = Decode(sort, paging.After, "after");
        var before = Decode(sort, paging.Before, "before");
        var cancellationToken = context?.CancellationToken ?? CancellationToken.None;

        async Task<int> CountAsync(CancellationToken token)
        {
            var db = await contexts.CreateDbContextAsync(token).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                return await query(db).CountAsync(token).ConfigureAwait(false);
            }
        }

        if (context is not null && !SelectsItems(context))
        {
            return new Connection<TNode>([], new PageInfo(false, false, null, null), CountAsync);
        }

        List<TNode> rows;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var items = query(db);
            if (after is not null)
            {
                items = sort.Beyond(items, after, after: true);
            }

            if (before is not null)
            {
                items = sort.Beyond(items, before, after: false);
            }

            rows = await sort.Order(items, paging.Backward).Take(paging.Size + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var more = rows.Count > paging.Size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (paging.Backward)
        {
            rows.Reverse();
        }

        var edges = rows.ConvertAll(node => new Edge<TNode>(sort.CursorOf(node), node));
        return new Connection<TNode>(edges, PageInfoOf(edges, paging, more), CountAsync);
    }

    /// <summary>The page info of a page of <paramref name="edges"/> read in the direction of <paramref name="paging"/>, with <paramref name="more"/> telling whether rows lie beyond it.</summary>
    internal static PageInfo PageInfoOf<TNode>(IReadOnlyList<Edge<TNode>> edges, PagingArguments paging, bool more)
        where TNode : class => new(
            HasNextPage: paging.Backward ? paging.Before is not null : more,
            HasPreviousPage: paging.Backward ? more : paging.After is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);

    internal static object[]? Decode<TNode>(SortKey<TNode> sort, string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }

        return sort.TryDecode(cursor, out var values)
            ? values
            : throw ApiError.Create(ApiErrorCodes.InvalidCursor, $"The cursor \"{cursor}\" given as {argument} is not a cursor of this list.");
    }

    /// <summary>
    /// Whether the connection's selection needs rows: it selects edges, nodes or pageInfo, or uses a fragment (which
    /// this check does not follow, so it assumes the worst).
    /// </summary>
    internal static bool SelectsItems(IResolverContext context)
    {
        foreach (var field in context.FieldSelection)
        {
            if (field.SelectionSet is null)
            {
                return true;
            }

            foreach (var selection in field.SelectionSet.Selections)
            {
                if (selection is not FieldNode child || FieldsNeedingItems.Contains(child.Name.Value))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
