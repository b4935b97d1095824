namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>Sets of days as sorted, disjoint, non-adjacent spans, and the operations composites combine them with.</summary>
internal static class SpanSet
{
    /// <summary>Sorts and merges overlapping or adjacent spans in place.</summary>
    public static List<Span> Normalise(List<Span> spans)
    {
        if (spans.Count < 2)
        {
            return spans;
        }

        SortByStart(spans);
        var w = 0;
        for (var i = 1; i < spans.Count; i++)
        {
            var cur = spans[w];
            var next = spans[i];
            if (next.Start <= cur.End + 1)
            {
                spans[w] = new Span(cur.Start, Math.Max(cur.End, next.End));
            }
            else
            {
                spans[++w] = next;
            }
        }

        spans.RemoveRange(w + 1, spans.Count - w - 1);
        return spans;
    }

    /// <summary>Insertion sort: the lists are short and often already sorted, and it needs no comparer allocation.</summary>
    private static void SortByStart(List<Span> spans)
    {
        for (var i = 1; i < spans.Count; i++)
        {
            var x = spans[i];
            var j = i - 1;
            while (j >= 0 && spans[j].Start > x.Start)
            {
                spans[j + 1] = spans[j];
                j--;
            }

            spans[j + 1] = x;
        }
    }

    /// <summary>Writes the days in both sets into <paramref name="into"/> (cleared first; it must not be either input).</summary>
    public static void Intersect(ReadOnlySpan<Span> a, ReadOnlySpan<Span> b, List<Span> into)
    {
        into.Clear();
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var s = Math.Max(a[i].Start, b[j].Start);
            var e = Math.Min(a[i].End, b[j].End);
            if (s <= e)
            {
                into.Add(new Span(s, e));
            }

            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    /// <summary>The spans clipped to [<paramref name="from"/>, <paramref name="to"/>], in an array of their own.</summary>
    public static Span[] Clip(ReadOnlySpan<Span> spans, int from, int to)
    {
        var n = 0;
        foreach (var s in spans)
        {
            n += Math.Max(s.Start, from) <= Math.Min(s.End, to) ? 1 : 0;
        }

        if (n == 0)
        {
            return [];
        }

        var result = new Span[n];
        n = 0;
        foreach (var s in spans)
        {
            var a = Math.Max(s.Start, from);
            var b = Math.Min(s.End, to);
            if (a <= b)
            {
                result[n++] = new Span(a, b);
            }
        }

        return result;
    }

    /// <summary>The first day ≥ <paramref name="day"/> in the set, or -1.</summary>
    public static int FirstAtOrAfter(ReadOnlySpan<Span> spans, int day)
    {
        foreach (var s in spans)
        {
            if (s.End >= day)
            {
                return Math.Max(s.Start, day);
            }
        }

        return -1;
    }

    /// <summary>The last day of the span containing <paramref name="day"/>, or -1.</summary>
    public static int RunEnd(ReadOnlySpan<Span> spans, int day)
    {
        foreach (var s in spans)
        {
            if (s.Start <= day && day <= s.End)
            {
                return s.End;
            }
        }

        return -1;
    }
}
