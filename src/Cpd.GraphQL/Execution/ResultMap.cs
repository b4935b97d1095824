using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// One object of the response's <c>data</c>: its response keys in selection order and their completed values. Values are
/// <see langword="null"/>, strings, booleans, numbers, nested <see cref="ResultMap"/>s, <see cref="IReadOnlyList{T}"/>s of
/// values, or whatever a custom scalar serialized to.
/// </summary>
/// <remarks>
/// The keys array is shared by every object completed from the same selection, so that a list of a thousand objects
/// holds one array of keys and a thousand arrays of values rather than a thousand dictionaries.
/// </remarks>
public sealed class ResultMap : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly string[] _keys;
    private readonly object?[] _values;
    private JsonEncodedText[]? _encodedKeys;

    internal ResultMap(string[] keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    internal ResultMap(string[] keys, JsonEncodedText[] encodedKeys, object?[] values)
        : this(keys, values)
    {
        _encodedKeys = encodedKeys;
    }

    /// <summary>The number of entries.</summary>
    public int Count => _keys.Length;

    /// <summary>The response keys in order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The values in key order.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>The entry at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    public KeyValuePair<string, object?> this[int index] => new(_keys[index], _values[index]);

    /// <summary>The value of a response key; throws <see cref="KeyNotFoundException"/> when absent.</summary>
    /// <param name="key">The response key.</param>
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The result has no key \"{key}\".");

    /// <summary>Finds the value of a response key.</summary>
    /// <param name="key">The response key.</param>
    /// <param name="value">The value when found.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The keys encoded once for the JSON writer (shared by every map of the same selection).</summary>
    internal JsonEncodedText[] EncodedKeys => _encodedKeys ??= EncodeKeys(_keys);

    internal object? ValueAt(int index) => _values[index];

    internal static JsonEncodedText[] EncodeKeys(string[] keys)
    {
        var encoded = new JsonEncodedText[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            encoded[i] = JsonEncodedText.Encode(keys[i], ResponseWriter.Encoder);
        }

        return encoded;
    }

    internal string KeyAt(int index) => _keys[index];
}
