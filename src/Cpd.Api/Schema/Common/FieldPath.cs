namespace Cpd.Api.Schema.Common;

/// <summary>
/// Turns the domain's dotted field paths into the path a client can follow in its own request: the mutation's
/// argument name first, then one segment per field name or list index. <c>requirement.allOf[2].minimumDays</c> becomes
/// <c>["input", "requirement", "allOf", "2", "minimumDays"]</c>; indices are strings so that the list type is <c>[String!]</c>.
/// </summary>
public static class FieldPath
{
    /// <summary>The argument every mutation takes, and so the first segment of every <c>UserError.field</c>.</summary>
    public const string Input = "input";

    /// <summary>Splits a dotted path with bracketed indices into segments under a root.</summary>
    /// <param name="path">A path such as <c>a.b[0].c</c>; empty or blank means the input as a whole.</param>
    /// <param name="root">The first segment (by default <see cref="Input"/>); <see langword="null"/> for none.</param>
    /// <returns>The segments.</returns>
    public static IReadOnlyList<string> Split(string? path, string? root = Input)
    {
        var segments = new List<string>();
        if (root is not null)
        {
            segments.Add(root);
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            return segments;
        }

        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            var end = i == path.Length || path[i] is '.' or '[' or ']';
            if (!end)
            {
                continue;
            }

            if (i > start)
            {
                segments.Add(path[start..i]);
            }

            start = i + 1;
        }

        return segments;
    }
}
