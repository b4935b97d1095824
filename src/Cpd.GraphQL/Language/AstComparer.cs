using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <summary>
/// Structural equality of syntax trees: same node kinds, values and children in the same order;
/// locations are ignored. Iterative, so trees of any depth compare without recursion.
/// </summary>
public static class AstComparer
{
    /// <summary>True when two trees are structurally equal (both null counts as equal).</summary>
    /// <param name="x">The first tree.</param>
    /// <param name="y">The second tree.</param>
    /// <returns>Whether they are equal, ignoring locations.</returns>
    public static bool Equals(AstNode? x, AstNode? y) => FindDifference(x, y) is null;

    /// <summary>
    /// Describes the first difference between two trees (a path such as
    /// <c>definitions[0].selectionSet.selections[1].name</c> and what differs), or null when equal.
    /// Meant for test failure messages.
    /// </summary>
    /// <param name="x">The first tree.</param>
    /// <param name="y">The second tree.</param>
    /// <returns>The first difference, or null.</returns>
    public static string? FindDifference(AstNode? x, AstNode? y)
    {
        if (x is null || y is null)
        {
            return ReferenceEquals(x, y) ? null : "one tree is null";
        }

        // Each visited pair records its parent's entry, so a path is built only for a difference.
        var stack = new Stack<(AstNode X, AstNode Y, int Entry)>();
        var entries = new List<(int Parent, string Key, int Index)> { (-1, "$", -1) };
        var xs = new List<AstChild>();
        var ys = new List<AstChild>();
        stack.Push((x, y, 0));
        while (stack.Count > 0)
        {
            var (a, b, entry) = stack.Pop();
            if (a.Kind != b.Kind)
            {
                return $"{PathOf(entries, entry)}: {a.Kind} vs {b.Kind}";
            }

            if (!a.ShallowEquals(b))
            {
                return $"{PathOf(entries, entry)}: {Printer.Print(a)} vs {Printer.Print(b)}";
            }

            xs.Clear();
            ys.Clear();
            a.CollectChildren(xs);
            b.CollectChildren(ys);
            if (xs.Count != ys.Count)
            {
                return $"{PathOf(entries, entry)}: {xs.Count} children vs {ys.Count}";
            }

            for (var i = xs.Count - 1; i >= 0; i--)
            {
                if (!string.Equals(xs[i].Key, ys[i].Key, StringComparison.Ordinal) || xs[i].Index != ys[i].Index)
                {
                    return $"{PathOf(entries, entry)}: child {xs[i].Key}[{xs[i].Index}] vs {ys[i].Key}[{ys[i].Index}]";
                }

                entries.Add((entry, xs[i].Key, xs[i].Index));
                stack.Push((xs[i].Node, ys[i].Node, entries.Count - 1));
            }
        }

        return null;
    }

    private static string PathOf(List<(int Parent, string Key, int Index)> entries, int entry)
    {
        var parts = new List<string>();
        for (var e = entry; e > 0; e = entries[e].Parent)
        {
            var (_, key, index) = entries[e];
            parts.Add(index < 0 ? "." + key : $".{key}[{index}]");
        }

        parts.Add("$");
        parts.Reverse();
        return string.Concat(parts);
    }
}
