using System.Text.Json;

namespace Cpd.GraphQL.Tests.Utilities;

/// <summary>Decodes JSON into the engine's variable representation: null, bool, string, long/double, object?[] and dictionaries.</summary>
internal static class JsonInput
{
    public static object? Decode(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Convert(document.RootElement);
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToArray(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
        _ => throw new NotSupportedException(element.ValueKind.ToString()),
    };
}
