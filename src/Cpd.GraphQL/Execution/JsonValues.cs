using System.Text.Json;

namespace Cpd.GraphQL.Execution;

/// <summary>Turns <see cref="JsonElement"/> variable values into the JSON-decoded CLR values the input coercers read.</summary>
internal static class JsonValues
{
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
