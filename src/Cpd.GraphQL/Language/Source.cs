using Cpd.GraphQL.Errors;

namespace Cpd.GraphQL.Language;

/// <summary>
/// GraphQL source text with a name (for error messages). Line and column numbers are computed on
/// demand, so lexing and parsing only track offsets.
/// </summary>
public sealed class Source
{
    private int[]? _lineStarts;

    /// <summary>Creates a source.</summary>
    /// <param name="body">The GraphQL text.</param>
    /// <param name="name">A name for the text, e.g. a file name; defaults to <c>GraphQL request</c>.</param>
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Body = body;
        Name = name;
    }

    /// <summary>The GraphQL text.</summary>
    public string Body { get; }

    /// <summary>The name of the text (a file name or <c>GraphQL request</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// The 1-based line and column of an offset. Lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>;
    /// columns count UTF-16 code units, as graphql-js does.
    /// </summary>
    /// <param name="offset">An offset from 0 to the body's length.</param>
    /// <returns>The line and column.</returns>
    public SourceLocation GetLocation(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Body.Length);
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourceLocation(index + 1, offset - starts[index] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
