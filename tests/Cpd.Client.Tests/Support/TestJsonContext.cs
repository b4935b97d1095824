using System.Text.Json;
using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Tests.Support;

internal sealed record EchoData(DateOnly Day, DateTimeOffset At, string Name);

internal sealed record HelloData(string Hello);

internal sealed record Item(string Id);

internal sealed record PageVariables(int First, string? After);

internal sealed class ItemsData
{
    public ConnectionWire<Item>? Items { get; set; }
}

internal sealed class RenamePayload : IPayloadWire
{
    public Item? Item { get; set; }

    public List<UserErrorWire>? Errors { get; set; }
}

internal sealed class RenameData
{
    public RenamePayload? Rename { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EchoData))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ItemsData))]
[JsonSerializable(typeof(RenameData))]
[JsonSerializable(typeof(PageVariables))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
