using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary>Where a page sits in its list (Relay's <c>PageInfo</c>).</summary>
/// <param name="HasNextPage">Whether items follow the page: when paging forward, known exactly; when paging back, true when <c>before</c> was given.</param>
/// <param name="HasPreviousPage">Whether items precede the page: when paging back, known exactly; when paging forward, true when <c>after</c> was given.</param>
/// <param name="StartCursor">The first edge's cursor; null on an empty page.</param>
/// <param name="EndCursor">The last edge's cursor; null on an empty page.</param>
[GraphQLDescription("Where a page sits in its list. Pass endCursor as `after` (with `first`) for the next page, startCursor as `before` (with `last`) for the previous one.")]
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
