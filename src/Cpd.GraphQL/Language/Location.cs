using Cpd.GraphQL.Errors;

namespace Cpd.GraphQL.Language;

/// <summary>The span of source text a node was parsed from: UTF-16 offsets into <see cref="Source"/>.</summary>
public sealed class Location
{
    /// <summary>Creates a location.</summary>
    /// <param name="start">The offset of the node's first character.</param>
    /// <param name="end">The offset just past the node's last character.</param>
    /// <param name="source">The source the offsets refer to.</param>
    public Location(int start, int end, Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
        Source = source;
    }

    /// <summary>The offset of the node's first character.</summary>
    public int Start { get; }

    /// <summary>The offset just past the node's last character.</summary>
    public int End { get; }

    /// <summary>The source the offsets refer to.</summary>
    public Source Source { get; }

    /// <summary>The line and column of <see cref="Start"/> (computed on demand).</summary>
    public SourceLocation StartLocation => Source.GetLocation(Start);

    /// <inheritdoc/>
    public override string ToString() => $"{Start}..{End}";
}
