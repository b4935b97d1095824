using System.Text.Json.Serialization;

namespace Cpd.Api.Persistence.Converters;

/// <summary>Source-generated JSON for <see cref="StringListJsonConverter"/>: no reflection per row.</summary>
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StringListJsonContext : JsonSerializerContext;
