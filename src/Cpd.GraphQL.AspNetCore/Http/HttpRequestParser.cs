using System.Buffers;
using System.Text.Json;
using Cpd.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Cpd.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads GraphQL-over-HTTP parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>) from a
/// JSON body or a query string (<c>extensions</c> is checked to be a map, then ignored). A malformed request gives a message for a 400 answer, never an exception.
/// </summary>
internal static class HttpRequestParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 128 };

    public static GraphQLRequest? ParseBody(ReadOnlySequence<byte> body, IServiceProvider services, out string? error)
    {
        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "The request body must be a JSON object.";
                return null;
            }

            string? query = null;
            var hasQuery = false;
            string? operationName = null;
            Dictionary<string, object?>? variables = null;
            Dictionary<string, object?>? extensions = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var parameter = reader.ValueTextEquals("query"u8) ? 1
                    : reader.ValueTextEquals("operationName"u8) ? 2
                    : reader.ValueTextEquals("variables"u8) ? 3
                    : reader.ValueTextEquals("extensions"u8) ? 4
                    : 0;
                reader.Read();
                if (parameter == 1)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        error = "The \"query\" parameter must be a string.";
                        return null;
                    }

                    query = reader.GetString();
                    hasQuery = true;
                }
                else if (parameter == 2)
                {
                    if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    {
                        error = "The \"operationName\" parameter must be a string or null.";
                        return null;
                    }

                    operationName = reader.GetString();
                }
                else if (parameter == 3)
                {
                    if (!TryReadMap(ref reader, out variables))
                    {
                        error = "The \"variables\" parameter must be an object or null.";
                        return null;
                    }
                }
                else if (parameter == 4)
                {
                    if (!TryReadMap(ref reader, out extensions))
                    {
                        error = "The \"extensions\" parameter must be an object or null.";
                        return null;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                error = "The request body is not valid JSON.";
                return null;
            }

            if (!hasQuery || query is null)
            {
                error = "The \"query\" parameter is missing.";
                return null;
            }

            error = null;
            return new GraphQLRequest(query) { OperationName = operationName, Variables = variables, Services = services };
        }
        catch (JsonException)
        {
            error = "The request body is not valid JSON.";
            return null;
        }
    }

    public static GraphQLRequest? ParseQueryString(IQueryCollection parameters, IServiceProvider services, out string? error)
    {
        if (!parameters.TryGetValue("query", out var queries) || queries.Count != 1 || queries[0] is null)
        {
            error = "The \"query\" parameter is missing.";
            return null;
        }

        var operationName = parameters.TryGetValue("operationName", out var names) && names.Count > 0 && !string.IsNullOrEmpty(names[0]) ? names[0] : null;
        if (!TryParseMapParameter(parameters, "variables", out var variables) || !TryParseMapParameter(parameters, "extensions", out var extensions))
        {
            error = "The \"variables\" and \"extensions\" parameters must be JSON objects.";
            return null;
        }

        error = null;
        return new GraphQLRequest(queries[0]!) { OperationName = operationName, Variables = variables, Services = services };
    }

    private static bool TryReadMap(ref Utf8JsonReader reader, out Dictionary<string, object?>? map)
    {
        map = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return false;
        }

        map = ToMap(JsonElement.ParseValue(ref reader));
        return true;
    }

    private static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }

    private static bool TryParseMapParameter(IQueryCollection parameters, string name, out Dictionary<string, object?>? map)
    {
        map = null;
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(values[0]!);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            map = ToMap(document.RootElement.Clone());
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
