namespace Cpd.Api.Schema.Common;

/// <summary>
/// The Relay paging arguments of a connection field: <c>first</c>/<c>after</c> pages forward, <c>last</c>/<c>before</c>
/// back. A resolver takes them as four parameters, <c>int? first, string? after, int? last, string? before</c>, and
/// passes <c>new PagingArguments(first, after, last, before)</c> to <see cref="ConnectionQueries.PageAsync{TContext, TNode}"/>.
/// </summary>
/// <param name="First">At most this many items from the start (after <paramref name="After"/>).</param>
/// <param name="After">A cursor: only items after it.</param>
/// <param name="Last">At most this many items from the end (before <paramref name="Before"/>).</param>
/// <param name="Before">A cursor: only items before it.</param>
public readonly record struct PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given (the HTTP layer's cost analysis assumes the same).</summary>
    public const int DefaultPageSize = 10;

    /// <summary>Whether the page is taken from the end of the list (<c>last</c> given).</summary>
    public bool Backward => Last is not null;

    /// <summary>The number of items asked for.</summary>
    public int Size => First ?? Last ?? DefaultPageSize;

    /// <summary>Checks the arguments.</summary>
    /// <exception cref="GraphQL.Errors.GraphQLException">Coded <c>INVALID_PAGING</c>: both <c>first</c> and <c>last</c>, a negative size, or more than <see cref="MaxPageSize"/>.</exception>
    public void Validate()
    {
        if (First is not null && Last is not null)
        {
            throw Invalid("Pass either first (with after) to page forward or last (with before) to page back, not both.");
        }

        Check(First, "first");
        Check(Last, "last");
    }

    private static void Check(int? size, string name)
    {
        if (size is < 0 or > MaxPageSize)
        {
            throw Invalid($"{name} must be between 0 and {MaxPageSize}; got {size}.");
        }
    }

    private static GraphQL.Errors.GraphQLException Invalid(string message) => ApiError.Create(ApiErrorCodes.InvalidPaging, message);
}
