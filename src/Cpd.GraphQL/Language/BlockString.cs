using System.Text;

namespace Cpd.GraphQL.Language;

/// <summary>
/// Block strings (spec 2.9.4): the <c>BlockStringValue()</c> algorithm that removes the common
/// indentation and the blank leading and trailing lines, and the printer that writes a value back
/// as a block string.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// The spec's <c>BlockStringValue(rawValue)</c>: the raw text between the triple quotes (with
    /// <c>\"""</c> already unescaped or not) split into lines, the common indentation of all lines
    /// but the first removed, and blank leading and trailing lines dropped; lines joined by <c>\n</c>.
    /// </summary>
    /// <param name="rawValue">The raw block string text.</param>
    /// <returns>The block string's value.</returns>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        var lines = new List<(int Start, int End)>();
        var lineStart = 0;
        for (var i = 0; i < rawValue.Length; i++)
        {
            var c = rawValue[i];
            if (c is '\n' or '\r')
            {
                lines.Add((lineStart, i));
                if (c == '\r' && i + 1 < rawValue.Length && rawValue[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        lines.Add((lineStart, rawValue.Length));
        return Dedent(rawValue, lines, hasEscapedQuotes: false, new StringBuilder());
    }

    /// <summary>Dedents lines given as spans of <paramref name="text"/>, unescaping <c>\"""</c> if present.</summary>
    internal static string Dedent(string text, List<(int Start, int End)> lines, bool hasEscapedQuotes, StringBuilder builder)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var indent = LeadingWhitespace(text, start, end);
            if (indent == end - start)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        if (firstNonEmpty == lastNonEmpty && !hasEscapedQuotes)
        {
            var (start, end) = lines[firstNonEmpty];
            if (firstNonEmpty != 0)
            {
                start = Math.Min(start + commonIndent, end);
            }

            return text.Substring(start, end - start);
        }

        builder.Clear();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            var (start, end) = lines[i];
            if (i != 0)
            {
                start = Math.Min(start + commonIndent, end);
            }

            if (i != firstNonEmpty)
            {
                builder.Append('\n');
            }

            if (hasEscapedQuotes)
            {
                AppendUnescaped(builder, text, start, end);
            }
            else
            {
                builder.Append(text, start, end - start);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Prints a value as a block string the way graphql-js does: on one line when short and simple,
    /// otherwise with the content on its own lines; <c>"""</c> is escaped. Parsing the result gives
    /// back the value (for values without <c>\r</c>, which a block string cannot hold).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The block string literal, including the triple quotes.</returns>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = true;
        var forceLeadingNewLine = true;
        var lineCount = 0;
        var atLineStart = false;
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (atLineStart)
            {
                // Every line after the first must be empty or start with whitespace to force a leading newline.
                if (c is not (' ' or '\t' or '\n' or '\r'))
                {
                    forceLeadingNewLine = false;
                }

                atLineStart = false;
            }

            if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < escaped.Length && escaped[i + 1] == '\n')
                {
                    i++;
                }

                isSingleLine = false;
                lineCount++;
                atLineStart = true;
            }
        }

        forceLeadingNewLine &= lineCount > 0;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine
            || value.Length > 70
            || forceTrailingNewLine
            || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    private static int LeadingWhitespace(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i - start;
    }

    private static void AppendUnescaped(StringBuilder builder, string text, int start, int end)
    {
        var chunk = start;
        var i = start;
        while (i + 3 < end)
        {
            if (text[i] == '\\' && text[i + 1] == '"' && text[i + 2] == '"' && text[i + 3] == '"')
            {
                builder.Append(text, chunk, i - chunk).Append("\"\"\"");
                i += 4;
                chunk = i;
            }
            else
            {
                i++;
            }
        }

        builder.Append(text, chunk, end - chunk);
    }
}
