using System.Buffers.Text;
using System.Linq.Expressions;
using System.Text.Json;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// The order of a connection and the key its cursors hold: one or more non-null members of the node that together are
/// unique (end with the id), e.g. <c>SortKey&lt;Organisation&gt;.By(o =&gt; o.Name).ThenBy(o =&gt; o.DatabaseId)</c>. Pages are
/// found by keyset (<c>WHERE key &gt; cursor ORDER BY key LIMIT n + 1</c>), never by offset, so a cursor stays valid
/// when items are added or removed before it. A cursor is base64url of the key's values as a JSON array.
/// Key members may be <see cref="long"/>, <see cref="int"/>, <see cref="string"/> (ordinal order), <see cref="decimal"/>,
/// <see cref="NodaTime.LocalDate"/> or <see cref="NodaTime.Instant"/>.
/// </summary>
/// <typeparam name="T">The node type (usually the projected output type, so that EF orders and filters in SQL).</typeparam>
public sealed class SortKey<T>
{
    private readonly SortKeyPart<T>[] _parts;

    private SortKey(SortKeyPart<T>[] parts) => _parts = parts;

    /// <summary>Orders by a first key member.</summary>
    /// <typeparam name="TKey">The member's type.</typeparam>
    /// <param name="key">The member.</param>
    /// <returns>The sort key.</returns>
    public static SortKey<T> By<TKey>(Expression<Func<T, TKey>> key) => new([new SortKeyPart<T, TKey>(key, descending: false)]);

    /// <summary>Orders by a first key member, largest first (e.g. newest first).</summary>
    /// <typeparam name="TKey">The member's type.</typeparam>
    /// <param name="key">The member.</param>
    /// <returns>The sort key.</returns>
    public static SortKey<T> ByDescending<TKey>(Expression<Func<T, TKey>> key) => new([new SortKeyPart<T, TKey>(key, descending: true)]);

    /// <summary>Breaks ties by a further key member.</summary>
    /// <typeparam name="TKey">The member's type.</typeparam>
    /// <param name="key">The member.</param>
    /// <returns>A new sort key.</returns>
    public SortKey<T> ThenBy<TKey>(Expression<Func<T, TKey>> key) => new([.. _parts, new SortKeyPart<T, TKey>(key, descending: false)]);

    /// <summary>Breaks ties by a further key member, largest first.</summary>
    /// <typeparam name="TKey">The member's type.</typeparam>
    /// <param name="key">The member.</param>
    /// <returns>A new sort key.</returns>
    public SortKey<T> ThenByDescending<TKey>(Expression<Func<T, TKey>> key) => new([.. _parts, new SortKeyPart<T, TKey>(key, descending: true)]);

    /// <summary>Orders a query in the key's order, or reversed (to take a page from the end).</summary>
    internal IOrderedQueryable<T> Order(IQueryable<T> query, bool reversed)
    {
        var ordered = _parts[0].OrderBy(query, reversed);
        for (var i = 1; i < _parts.Length; i++)
        {
            ordered = _parts[i].ThenBy(ordered, reversed);
        }

        return ordered;
    }

    /// <summary>Keeps the items strictly after (or before) a decoded cursor in key order.</summary>
    internal IQueryable<T> Beyond(IQueryable<T> query, object[] cursor, bool after)
    {
        var item = Expression.Parameter(typeof(T), "item");
        Expression? any = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < _parts.Length; i++)
        {
            var (compare, equal) = _parts[i].Compare(item, cursor[i], after);
            var term = equalSoFar is null ? compare : Expression.AndAlso(equalSoFar, compare);
            any = any is null ? term : Expression.OrElse(any, term);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        return query.Where(Expression.Lambda<Func<T, bool>>(any!, item));
    }

    /// <summary>The cursor of a node.</summary>
    internal string CursorOf(T node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var part in _parts)
            {
                part.Write(writer, node);
            }

            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>Decodes a cursor this key issued.</summary>
    internal bool TryDecode(string cursor, out object[] values)
    {
        values = [];
        if (cursor.Length is 0 or > 1000)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != _parts.Length)
            {
                return false;
            }

            var decoded = new object[_parts.Length];
            var i = 0;
            foreach (var element in root.EnumerateArray())
            {
                if (!_parts[i].TryRead(element, out var value))
                {
                    return false;
                }

                decoded[i++] = value;
            }

            values = decoded;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
