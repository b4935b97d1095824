namespace Cpd.GraphQL.Utilities;

/// <summary>
/// "Did you mean" support as in graphql-js: options ranked by a Damerau–Levenshtein distance in which any case
/// change counts as one edit, cut at 40% of the input's length, ties broken by natural order.
/// </summary>
public static class SuggestionList
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to the input, best first.</summary>
    /// <param name="input">The unknown name the user wrote.</param>
    /// <param name="options">The valid names.</param>
    /// <returns>The close options, sorted by distance then natural order.</returns>
    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var distance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var d = distance.Measure(option, threshold);
            if (d is { } value)
            {
                found.TryAdd(option, value);
            }
        }

        var result = found.Keys.ToList();
        result.Sort((a, b) =>
        {
            var diff = found[a] - found[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>Formats suggestions as graphql-js's <c>didYouMean</c>: <c> Did you mean "A", "B", or "C"?</c> (empty when none).</summary>
    /// <param name="suggestions">The suggestions (at most five are shown).</param>
    /// <param name="subMessage">Text placed before the list, e.g. <c>the enum value</c>.</param>
    /// <returns>The sentence with a leading space, or an empty string.</returns>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = " Did you mean ";
        if (subMessage is not null)
        {
            message += subMessage + " ";
        }

        return message + OrList([.. suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"")]) + "?";
    }

    /// <summary>Joins items as <c>A, B, or C</c>.</summary>
    /// <param name="items">At least one item.</param>
    /// <returns>The joined text.</returns>
    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    /// <summary>Joins items as <c>A, B, and C</c>.</summary>
    /// <param name="items">At least one item.</param>
    /// <returns>The joined text.</returns>
    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    /// <summary>Compares strings in natural order (runs of digits compare as numbers), as graphql-js does.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <returns>Negative, zero or positive.</returns>
    public static int NaturalCompare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0;
                do
                {
                    ++ai;
                    an = (an * 10) + ac - '0';
                    ac = ai < a.Length ? a[ai] : '\0';
                }
                while (char.IsAsciiDigit(ac) && an > 0);

                long bn = 0;
                do
                {
                    ++bi;
                    bn = (bn * 10) + bc - '0';
                    bc = bi < b.Length ? b[bi] : '\0';
                }
                while (char.IsAsciiDigit(bc) && bn > 0);

                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ++ai;
                ++bi;
            }
        }

        return a.Length - b.Length;
    }

    private static string FormatList(string conjunction, IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => throw new ArgumentException("At least one item is required.", nameof(items)),
            1 => items[0],
            2 => items[0] + " " + conjunction + " " + items[1],
            _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[^1],
        };
    }

    private sealed class LexicalDistance(string input)
    {
        private readonly string _inputLower = input.ToLowerInvariant();
        private readonly int[][] _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];

        public int? Measure(string option, int threshold)
        {
            if (string.Equals(input, option, StringComparison.Ordinal))
            {
                return 0;
            }

            var optionLower = option.ToLowerInvariant();
            if (string.Equals(_inputLower, optionLower, StringComparison.Ordinal))
            {
                return 1;
            }

            var a = optionLower;
            var b = _inputLower;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            if (a.Length - b.Length > threshold)
            {
                return null;
            }

            var rows = b.Length + 1 <= _rows[0].Length ? _rows : [new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]];
            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                var up = rows[(i - 1) % 3];
                var current = rows[i % 3];
                var smallest = current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    if (cell < smallest)
                    {
                        smallest = cell;
                    }

                    current[j] = cell;
                }

                if (smallest > threshold)
                {
                    return null;
                }
            }

            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : null;
        }
    }
}
