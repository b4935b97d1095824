using System.Text.Json.Nodes;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Compares two GraphQL responses as the spec defines them: <c>data</c> exactly (field order
/// included, numbers by value), <c>errors</c> by message, locations and path regardless of order
/// (execution order of sibling fields is not observable), error <c>extensions</c> ignored.
/// </summary>
internal static class ResponseComparer
{
    /// <summary>The first difference, or null when the responses agree.</summary>
    public static string? Difference(JsonNode? ours, JsonNode? theirs)
    {
        var dataDifference = NodeDifference("data", ours?["data"], theirs?["data"], orderedObjects: true);
        if (dataDifference is not null)
        {
            return dataDifference;
        }

        if (ours?.AsObject().ContainsKey("data") != theirs?.AsObject().ContainsKey("data"))
        {
            return "one response has a data entry, the other has none";
        }

        var ourErrors = Errors(ours);
        var theirErrors = Errors(theirs);
        if (ourErrors.Count != theirErrors.Count)
        {
            return $"{ourErrors.Count} errors, graphql-js {theirErrors.Count}";
        }

        for (var i = 0; i < ourErrors.Count; i++)
        {
            if (ourErrors[i] != theirErrors[i])
            {
                return $"error {ourErrors[i]} vs graphql-js {theirErrors[i]}";
            }
        }

        return null;
    }

    /// <summary>The response without error extensions, for reports.</summary>
    public static string Describe(JsonNode? response)
    {
        var copy = response?.DeepClone();
        foreach (var error in copy?["errors"]?.AsArray() ?? [])
        {
            error?.AsObject().Remove("extensions");
        }

        var text = copy?.ToJsonString() ?? "null";
        return text.Length <= 1500 ? text : text[..1500] + "…";
    }

    private static List<string> Errors(JsonNode? response) =>
        (response?["errors"]?.AsArray() ?? [])
            .Select(e => $"{e!["message"]} @{(e["locations"] ?? new JsonArray()).ToJsonString()} path {(e["path"] ?? new JsonArray()).ToJsonString()}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string? NodeDifference(string at, JsonNode? ours, JsonNode? theirs, bool orderedObjects)
    {
        switch (ours, theirs)
        {
            case (null, null):
                return null;
            case (JsonObject a, JsonObject b):
                var keysA = a.Select(p => p.Key).ToList();
                var keysB = b.Select(p => p.Key).ToList();
                if (orderedObjects ? !keysA.SequenceEqual(keysB) : !keysA.Order().SequenceEqual(keysB.Order()))
                {
                    return $"{at}: keys [{string.Join(", ", keysA)}] vs graphql-js [{string.Join(", ", keysB)}]";
                }

                return keysA.Select(k => NodeDifference($"{at}.{k}", a[k], b[k], orderedObjects)).FirstOrDefault(d => d is not null);
            case (JsonArray a, JsonArray b):
                if (a.Count != b.Count)
                {
                    return $"{at}: {a.Count} items vs graphql-js {b.Count}";
                }

                return Enumerable.Range(0, a.Count).Select(i => NodeDifference($"{at}[{i}]", a[i], b[i], orderedObjects)).FirstOrDefault(d => d is not null);
            case (JsonValue a, JsonValue b)
                when a.TryGetValue<double>(out var x) && b.TryGetValue<double>(out var y):
                return x.Equals(y) ? null : $"{at}: {x} vs graphql-js {y}";
            case (JsonValue a, JsonValue b):
                return a.ToJsonString() == b.ToJsonString() ? null : $"{at}: {a.ToJsonString()} vs graphql-js {b.ToJsonString()}";
            default:
                return $"{at}: {ours?.ToJsonString() ?? "null"} vs graphql-js {theirs?.ToJsonString() ?? "null"}";
        }
    }
}
