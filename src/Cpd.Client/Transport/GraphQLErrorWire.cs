using System.Text.Json;

namespace Cpd.Client.Transport;

/// <summary>One entry of <c>errors</c> as it is on the wire.</summary>
internal sealed class GraphQLErrorWire
{
    public string? Message { get; set; }

    public List<JsonElement>? Path { get; set; }

    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
