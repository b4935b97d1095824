using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Cpd.GraphQL.Types;

/// <summary>
/// An immutable, ordered collection of named members (fields, arguments, input fields, enum values) with a
/// lookup by name that is built once. Iteration follows definition order.
/// </summary>
/// <typeparam name="T">The member type.</typeparam>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, IHasName
{
    private readonly T[] _items;
    private readonly FrozenDictionary<string, T> _byName;

    /// <summary>An empty collection.</summary>
    internal static FieldCollection<T> Empty { get; } = new([]);

    /// <summary>Creates a collection; when two members share a name, lookup finds the first (schema validation reports the duplicate).</summary>
    /// <param name="items">The members in definition order.</param>
    public FieldCollection(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
        var map = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            map.TryAdd(item.Name, item);
        }

        _byName = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The number of members.</summary>
    public int Count => _items.Length;

    /// <summary>The member at a position in definition order.</summary>
    /// <param name="index">The zero-based position.</param>
    public T this[int index] => _items[index];

    /// <summary>The member with a name; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    /// <param name="name">The member's name.</param>
    public T this[string name] => _byName[name];

    /// <summary>The names of the members in definition order.</summary>
    public IEnumerable<string> Names => _items.Select(i => i.Name);

    /// <summary>Finds a member by name.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="member">The member, when found.</param>
    /// <returns>Whether a member has that name.</returns>
    public bool TryGetField(string name, [MaybeNullWhen(false)] out T member) => _byName.TryGetValue(name, out member);

    /// <summary>Finds a member by name, or returns <see langword="null"/>.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The member, or <see langword="null"/>.</returns>
    public T? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Whether a member has that name.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The members as a span, for allocation-free iteration.</summary>
    /// <returns>A read-only span over the members.</returns>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
