namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// Counts, day by breakpoint, how many of a group of day sets cover each day, and returns the days covered by at least k:
/// the projection of atLeast / allOf-like counts. Buffers are reused per thread (via <see cref="EvaluationContext"/>).
/// </summary>
internal sealed class CountSweep
{
    private int[] _days = new int[64];
    private int[] _deltas = new int[64];
    private int _count;

    public void Clear() => _count = 0;

    /// <summary>Adds one covered span (the sets must each be normalised so a set never counts twice on a day).</summary>
    public void Add(Span span)
    {
        if (_count + 2 > _days.Length)
        {
            Array.Resize(ref _days, _days.Length * 2);
            Array.Resize(ref _deltas, _deltas.Length * 2);
        }

        _days[_count] = span.Start;
        _deltas[_count++] = 1;
        _days[_count] = span.End >= Days.Open ? Days.Open : span.End + 1;
        _deltas[_count++] = -1;
    }

    public void AddAll(ReadOnlySpan<Span> spans)
    {
        foreach (var s in spans)
        {
            Add(s);
        }
    }

    /// <summary>Writes into <paramref name="result"/> (cleared first) the days covered by at least <paramref name="k"/> of the added sets.</summary>
    public void AtLeast(int k, List<Span> result)
    {
        Array.Sort(_days, _deltas, 0, _count);
        result.Clear();
        var covered = 0;
        var i = 0;
        while (i < _count)
        {
            var day = _days[i];
            while (i < _count && _days[i] == day)
            {
                covered += _deltas[i++];
            }

            if (covered >= k && i < _count)
            {
                result.Add(new Span(day, _days[i] - 1));
            }
        }

        _count = 0;
        SpanSet.Normalise(result);
    }
}
