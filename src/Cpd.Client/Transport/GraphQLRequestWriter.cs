using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Cpd.Client.Transport;

/// <summary>Writes the body of a GraphQL-over-HTTP POST once, so that every retry sends the very same bytes.</summary>
internal static class GraphQLRequestWriter
{
    public static byte[] Write<TVariables>(GraphQLOperation operation, TVariables? variables, JsonTypeInfo<TVariables> variablesType)
    {
        var buffer = new ArrayBufferWriter<byte>(operation.Document.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query"u8, operation.Document);
            if (operation.OperationName is not null)
            {
                writer.WriteString("operationName"u8, operation.OperationName);
            }

            if (variables is not null)
            {
                writer.WritePropertyName("variables"u8);
                JsonSerializer.Serialize(writer, variables, variablesType);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
