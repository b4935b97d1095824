using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cpd.Api.Persistence.Converters;

/// <summary>
/// A list of strings (codes) as a JSON array in one text column, the same on every provider. JSON keeps any string
/// intact (no delimiter to escape) and a code is findable in SQL as <c>LIKE '%"health"%'</c> on both providers.
/// </summary>
public sealed class StringListJsonConverter() : ValueConverter<List<string>, string>(l => ToText(l), s => FromText(s))
{
    /// <summary>The stored JSON array.</summary>
    public static string ToText(List<string> list) => JsonSerializer.Serialize(list, StringListJsonContext.Default.ListString);

    /// <summary>The list of a stored JSON array; throws on text that is not one.</summary>
    public static List<string> FromText(string text) =>
        JsonSerializer.Deserialize(text, StringListJsonContext.Default.ListString)
        ?? throw new FormatException("A string list column holds JSON null.");
}
