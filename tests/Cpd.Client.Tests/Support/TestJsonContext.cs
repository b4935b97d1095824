using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cpd.Client.Tests.Support;

internal sealed record EchoData(DateOnly Day, DateTimeOffset At, string Name);

internal sealed record HelloData(string Hello);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EchoData))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
