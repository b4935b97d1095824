namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// Counts, day by breakpoint, how many of a group of day sets cover each day, and returns the days covered by at least k:
/// the projection of atLeast / allOf-like counts. Buffers are reused per thread (via <see cref="EvaluationContext"/>).
/// </summary>
/// <remarks>
/// An event is one int, <c>day &lt;&lt; 2 | tag &lt;&lt; 1 | start</c> (day numbers need 22 bits), so that sorting the events is a sort of
/// plain ints rather than of day/delta pairs (it was the largest cost after the leaves themselves). Events of one day are all applied
/// before the day is looked at, so their order within the day does not matter.
/// </remarks>
internal sealed class CountSweep
{
    private int[] _events = new int[128];
    private int _count;

    public void Clear() => _count = 0;

    /// <summary>The day of an event of <see cref="Sorted"/>.</summary>
    public static int DayOf(int e) => e >> 2;

    /// <summary>+1 for the first day of a span, −1 for the day after its last.</summary>
    public static int DeltaOf(int e) => ((e & 1) << 1) - 1;

    /// <summary>The tag the span was added with (0 or 1).</summary>
    public static int TagOf(int e) => (e >> 1) & 1;

    /// <summary>Adds one covered span (the sets must each be normalised so a set never counts twice on a day), with a tag of 0 or 1.</summary>
    public void Add(Span span, int tag = 0)
    {
        if (_count + 2 > _events.Length)
        {
            Array.Resize(ref _events, _events.Length * 2);
        }

        var end = span.End >= Days.Open ? Days.Open : span.End + 1;
        _events[_count++] = (span.Start << 2) | (tag << 1) | 1;
        _events[_count++] = (end << 2) | (tag << 1);
    }

    public void AddAll(ReadOnlySpan<Span> spans)
    {
        foreach (var s in spans)
        {
            Add(s);
        }
    }

    /// <summary>Sorts the events added by day and returns them (valid until the next <see cref="Add"/> or <see cref="Clear"/>).</summary>
    public ReadOnlySpan<int> Sorted()
    {
        var events = _events.AsSpan(0, _count);
        events.Sort();
        return events;
    }

    /// <summary>Writes into <paramref name="result"/> (cleared first) the days covered by at least <paramref name="k"/> of the added sets.</summary>
    public void AtLeast(int k, List<Span> result)
    {
        var events = Sorted();
        result.Clear();
        var covered = 0;
        var i = 0;
        while (i < events.Length)
        {
            var day = DayOf(events[i]);
            while (i < events.Length && DayOf(events[i]) == day)
            {
                covered += DeltaOf(events[i++]);
            }

            if (covered >= k && i < events.Length)
            {
                result.Add(new Span(day, DayOf(events[i]) - 1));
            }
        }

        _count = 0;
        SpanSet.Normalise(result);
    }
}
