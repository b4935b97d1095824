using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cpd.GraphQL.Errors;

namespace Cpd.GraphQL.Execution;

/// <summary>Writes results and errors in the specification's response shape straight to UTF-8 JSON.</summary>
internal static class ResponseWriter
{
    /// <summary>JSON.stringify does not escape non-ASCII text or HTML-significant characters; neither do we.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The options of every writer the engine creates.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = Encoder, SkipValidation = true };

    public static void WriteResult(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { } errors)
        {
            writer.WritePropertyName("errors"u8);
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations is { } locations)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path"u8);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case ResultMap map:
                writer.WriteStartObject();
                var names = map.EncodedKeys;
                for (var i = 0; i < names.Length; i++)
                {
                    writer.WritePropertyName(names[i]);
                    WriteValue(writer, map.ValueAt(i));
                }

                writer.WriteEndObject();
                return;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int n:
                writer.WriteNumberValue(n);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case float f:
                WriteDouble(writer, f);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case short or sbyte or byte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case ulong u:
                writer.WriteNumberValue(u);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var pair in dictionary)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(writer, pair.Value);
                }

                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry pair in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(pair.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, pair.Value);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            default:
                writer.WriteStringValue(value.ToString());
                return;
        }
    }

    /// <summary>Writes a number as JavaScript's <c>JSON.stringify</c> does (<c>1.0</c> → <c>1</c>, <c>1e21</c> → <c>1e+21</c>).</summary>
    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            // JSON has no representation for them; JSON.stringify writes null.
            writer.WriteNullValue();
            return;
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 9.007199254740992E15)
        {
            writer.WriteNumberValue((long)value);
            return;
        }

        Span<byte> buffer = stackalloc byte[40];

        // Positional shortest round-trip digits are already what JavaScript writes; only exponent forms differ.
        if (value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture) && buffer[..written].IndexOf((byte)'E') < 0)
        {
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
            return;
        }

        var length = JsNumberFormat.Format(value, buffer);
        writer.WriteRawValue(buffer[..length], skipInputValidation: true);
    }
}
