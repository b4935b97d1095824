using System.Collections;
using System.Text.Json;

namespace Cpd.GraphQL.Execution;

/// <summary>Turns <see cref="JsonElement"/> variable values into the JSON-decoded CLR values the input coercers read.</summary>
internal static class JsonValues
{
    /// <summary>
    /// How deep a variable value or a scalar's serialized value may nest: as deep as a literal can in a document the
    /// parser accepts by default. The input coercers and the JSON writer recurse into values, so an unbounded one
    /// (a JSON-decoded list in a list 100,000 times) would overflow the stack.
    /// </summary>
    public const int MaxDepth = 128;

    /// <summary>Whether lists and objects (JSON-decoded, dictionaries, enumerables or <see cref="JsonElement"/>s) nest deeper than <paramref name="maxDepth"/>.</summary>
    public static bool IsNestedDeeperThan(object? value, int maxDepth)
    {
        switch (value)
        {
            // A dictionary is an enumerable of entries: an entry is as deep as its value.
            case KeyValuePair<string, object?> pair:
                return IsNestedDeeperThan(pair.Value, maxDepth);
            case DictionaryEntry entry:
                return IsNestedDeeperThan(entry.Value, maxDepth);
            case null or string or ValueType and not JsonElement:
                return false;
            case JsonElement element:
                return IsNestedDeeperThan(element, maxDepth);
            case IEnumerable items:
                if (maxDepth == 0)
                {
                    return true;
                }

                foreach (var item in items)
                {
                    if (IsNestedDeeperThan(item, maxDepth - 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool IsNestedDeeperThan(JsonElement element, int maxDepth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                if (maxDepth == 0)
                {
                    return true;
                }

                foreach (var item in element.EnumerateArray())
                {
                    if (IsNestedDeeperThan(item, maxDepth - 1))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Object:
                if (maxDepth == 0)
                {
                    return true;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (IsNestedDeeperThan(property.Value, maxDepth - 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    public static object? Normalize(object? value) => value is JsonElement element ? FromElement(element) : value;

    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var l) ? l : element.GetDouble();
            case JsonValueKind.Array:
                var items = new object?[element.GetArrayLength()];
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items[i++] = FromElement(item);
                }

                return items;
            default:
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    fields[property.Name] = FromElement(property.Value);
                }

                return fields;
        }
    }
}
