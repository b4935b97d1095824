using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cpd.Client.Errors;

namespace Cpd.Client.Transport;

/// <summary>A decoded GraphQL response: <c>data</c> (typed) and <c>errors</c>.</summary>
/// <param name="Data">The data, when there was some and it could be read.</param>
/// <param name="HasData">Whether <c>data</c> was present and not null.</param>
/// <param name="Errors">The errors; empty when none.</param>
/// <param name="DataError">Why <c>data</c> could not be read into <typeparamref name="TData"/> (the API and the client disagree on a type), if it could not.</param>
internal readonly record struct GraphQLResponse<TData>(TData? Data, bool HasData, IReadOnlyList<CpdGraphQLError> Errors, string? DataError)
{
    /// <summary>Reads a response body, deserializing <c>data</c> straight into <typeparamref name="TData"/>.</summary>
    /// <returns>The response, or <c>null</c> when the body is not a GraphQL response.</returns>
    public static GraphQLResponse<TData>? TryRead(ReadOnlySpan<byte> body, JsonTypeInfo<TData> dataType)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            TData? data = default;
            string? dataError = null;
            var hasData = false;
            var sawErrors = false;
            IReadOnlyList<CpdGraphQLError> errors = [];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    hasData = reader.TokenType != JsonTokenType.Null;
                    if (hasData)
                    {
                        (data, dataError) = ReadData(ref reader, dataType);
                    }
                }
                else if (reader.ValueTextEquals("errors"u8))
                {
                    reader.Read();
                    sawErrors = true;
                    var wire = JsonSerializer.Deserialize(ref reader, CpdJsonContext.Default.ListGraphQLErrorWire);
                    errors = wire is null ? [] : wire.ConvertAll(ToError);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return hasData || sawErrors ? new GraphQLResponse<TData>(data, hasData, errors, dataError) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads <c>data</c>; a value the client's types cannot hold is reported, and skipped so that <c>errors</c> can still be read.</summary>
    private static (TData? Data, string? Error) ReadData(ref Utf8JsonReader reader, JsonTypeInfo<TData> dataType)
    {
        var start = reader;
        try
        {
            return (JsonSerializer.Deserialize(ref reader, dataType), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            reader = start;
            reader.Skip();
            return (default, ex.Message);
        }
    }

    private static CpdGraphQLError ToError(GraphQLErrorWire wire)
    {
        var extensions = wire.Extensions ?? [];
        var code = extensions.TryGetValue("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        List<object>? path = wire.Path?.ConvertAll(p => p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var index) ? (object)index : p.ToString());
        return new CpdGraphQLError(wire.Message ?? "(no message)", code, path, extensions);
    }
}
