namespace Cpd.Client.Transport;

/// <summary>
/// Finds the type of the operation a document runs without parsing it fully (the client has no GraphQL parser):
/// it scans top-level definitions, skipping comments, strings and selection sets.
/// </summary>
internal static class DocumentInspector
{
    /// <summary>Whether the operation that runs is a mutation. When that cannot be told (several operations and no name), any mutation counts, so that a write never goes without a key.</summary>
    public static bool IsMutation(string document, string? operationName) => Describe(document, operationName).IsMutation;

    /// <summary>Whether the operation that runs is a mutation, and its name (given, or the only operation's).</summary>
    public static (bool IsMutation, string? Name) Describe(string document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var anyMutation = false;
        var operations = 0;
        (string Kind, string? Name) last = default;
        foreach (var (kind, name) in TopLevelDefinitions(document))
        {
            if (kind == "fragment")
            {
                continue;
            }

            operations++;
            last = (kind, name);
            anyMutation |= kind == "mutation";
            if (operationName is not null && name == operationName)
            {
                return (kind == "mutation", name);
            }
        }

        return operations == 1 ? (last.Kind == "mutation", operationName ?? last.Name) : (anyMutation, operationName);
    }

    private static IEnumerable<(string Kind, string? Name)> TopLevelDefinitions(string text)
    {
        var depth = 0;
        var i = 0;
        string? pendingKind = null;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n' && text[i] != '\r')
                {
                    i++;
                }
            }
            else if (c == '"')
            {
                i = SkipString(text, i);
            }
            else if (c is '{' or '(' or '[')
            {
                if (depth == 0 && c == '{' && pendingKind is null)
                {
                    yield return ("query", null); // the shorthand query
                }

                if (depth == 0 && c == '{' && pendingKind is not null)
                {
                    yield return (pendingKind, null);
                    pendingKind = null;
                }

                depth++;
                i++;
            }
            else if (c is '}' or ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                i++;
            }
            else if (depth == 0 && IsNameStart(c))
            {
                var start = i;
                while (i < text.Length && IsNameContinue(text[i]))
                {
                    i++;
                }

                var word = text[start..i];
                if (pendingKind is null && word is "query" or "mutation" or "subscription" or "fragment")
                {
                    pendingKind = word;
                }
                else if (pendingKind is not null)
                {
                    yield return (pendingKind, word);
                    pendingKind = null;
                    depth = SkipToSelectionSet(text, ref i);
                }
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>After an operation's name, skips variables and directives to just past the opening brace of its selection set.</summary>
    private static int SkipToSelectionSet(string text, ref int i)
    {
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                i = SkipString(text, i);
                continue;
            }

            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n' && text[i] != '\r')
                {
                    i++;
                }

                continue;
            }

            i++;
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c == '{' && depth == 0)
            {
                return 1;
            }
        }

        return 0;
    }

    private static int SkipString(string text, int i)
    {
        if (string.CompareOrdinal(text, i, "\"\"\"", 0, 3) == 0)
        {
            var end = text.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
            while (end > 0 && text[end - 1] == '\\')
            {
                end = text.IndexOf("\"\"\"", end + 3, StringComparison.Ordinal);
            }

            return end < 0 ? text.Length : end + 3;
        }

        i++;
        while (i < text.Length && text[i] != '"' && text[i] != '\n')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }

    private static bool IsNameStart(char c) => c is '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsNameContinue(char c) => IsNameStart(c) || c is >= '0' and <= '9';
}
