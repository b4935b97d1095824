using System.Collections;
using System.Globalization;
using System.Text;

namespace Cpd.GraphQL.Utilities;

/// <summary>Renders runtime values for error messages the way graphql-js's <c>inspect</c> does.</summary>
public static class Inspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>Renders a value: strings JSON-quoted, lists as <c>[1, 2]</c>, objects as <c>{ a: 1 }</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rendering.</returns>
    public static string Inspect(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, 0);
        return sb.ToString();
    }

    /// <summary>Formats a number as JavaScript's <c>String(number)</c> would.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value.ToString("F0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        var mantissa = text[..e];
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent is >= -7 and < 21)
        {
            return value.ToString("0.#########################", CultureInfo.InvariantCulture);
        }

        return mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    private static void Write(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string s:
                WriteJsonString(sb, s);
                return;
            case char c:
                WriteJsonString(sb, c.ToString());
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case double d:
                sb.Append(FormatNumber(d));
                return;
            case float f:
                sb.Append(FormatNumber(f));
                return;
            case decimal m:
                sb.Append(m.ToString(CultureInfo.InvariantCulture));
                return;
            case Enum en:
                sb.Append(en.ToString());
                return;
            case IFormattable when IsInteger(value):
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case IEnumerable<KeyValuePair<string, object?>> dict:
                WriteObject(sb, dict, depth);
                return;
            case IDictionary dictionary:
                WriteObject(sb, dictionary.Cast<DictionaryEntry>().Select(de => new KeyValuePair<string, object?>(Convert.ToString(de.Key, CultureInfo.InvariantCulture) ?? string.Empty, de.Value)), depth);
                return;
            case IEnumerable list:
                WriteList(sb, list, depth);
                return;
            default:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    private static bool IsInteger(object value) =>
        value is int or long or short or sbyte or byte or ushort or uint or ulong or nint or nuint or Int128 or UInt128;

    private static void WriteObject(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        var items = entries.ToList();
        if (items.Count == 0)
        {
            sb.Append("{}");
            return;
        }

        if (depth > MaxRecursiveDepth)
        {
            sb.Append("[Object]");
            return;
        }

        sb.Append("{ ");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(items[i].Key).Append(": ");
            Write(sb, items[i].Value, depth + 1);
        }

        sb.Append(" }");
    }

    private static void WriteList(StringBuilder sb, IEnumerable list, int depth)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0)
        {
            sb.Append("[]");
            return;
        }

        if (depth > MaxRecursiveDepth)
        {
            sb.Append("[Array]");
            return;
        }

        sb.Append('[');
        var shown = Math.Min(MaxArrayLength, items.Count);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Write(sb, items[i], depth + 1);
        }

        var remaining = items.Count - shown;
        if (remaining == 1)
        {
            sb.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            sb.Append(", ... ").Append(remaining.ToString(CultureInfo.InvariantCulture)).Append(" more items");
        }

        sb.Append(']');
    }

    private static void WriteJsonString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
