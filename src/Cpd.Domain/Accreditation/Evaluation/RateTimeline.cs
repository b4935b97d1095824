namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// A piecewise-constant daily rate built by a sweep over run start/end events, capped per day (e.g. at 1 FTE), with prefix sums so that
/// the total over any days is two binary searches, and a sweep-line solver for "the rolling window sum reaches the target" over a horizon.
/// Instances are reused per thread; <see cref="Clear"/> before each use.
/// </summary>
internal sealed class RateTimeline
{
    private int[] _eventDays = new int[64];
    private long[] _eventDeltas = new long[64];
    private int _events;
    private int[] _starts = new int[32];
    private int[] _ends = new int[32];
    private long[] _rates = new long[32];
    private long[] _cum = new long[33];
    private int _pieces;

    public int PieceCount => _pieces;

    public void Clear()
    {
        _events = 0;
        _pieces = 0;
    }

    /// <summary>Adds <paramref name="rate"/> on every day of [start, end].</summary>
    public void AddRun(int start, int end, long rate)
    {
        if (end < start || rate == 0)
        {
            return;
        }

        if (_events + 2 > _eventDays.Length)
        {
            Array.Resize(ref _eventDays, _eventDays.Length * 2);
            Array.Resize(ref _eventDeltas, _eventDeltas.Length * 2);
        }

        _eventDays[_events] = start;
        _eventDeltas[_events++] = rate;
        _eventDays[_events] = end == Days.Open ? Days.Open : end + 1;
        _eventDeltas[_events++] = -rate;
    }

    /// <summary>Sweeps the events into pieces whose rate is min(cap, Σ).</summary>
    public void Build(long cap)
    {
        Array.Sort(_eventDays, _eventDeltas, 0, _events);
        _pieces = 0;
        long sum = 0;
        var i = 0;
        while (i < _events)
        {
            var day = _eventDays[i];
            while (i < _events && _eventDays[i] == day)
            {
                sum += _eventDeltas[i++];
            }

            var rate = Math.Min(cap, sum);
            if (rate > 0 && i < _events)
            {
                var end = _eventDays[i] - 1;
                if (_pieces > 0 && _rates[_pieces - 1] == rate && _ends[_pieces - 1] == day - 1)
                {
                    _ends[_pieces - 1] = end;
                }
                else
                {
                    AddPiece(day, end, rate);
                }
            }
        }

        for (var p = 0; p < _pieces; p++)
        {
            _cum[p + 1] = _cum[p] + (_rates[p] * ((long)_ends[p] - _starts[p] + 1));
        }
    }

    /// <summary>The rate on <paramref name="day"/>.</summary>
    public long RateAt(int day)
    {
        var p = PieceAtOrBefore(day);
        return p >= 0 && _ends[p] >= day ? _rates[p] : 0;
    }

    /// <summary>Σ rate over days ≤ <paramref name="day"/>.</summary>
    public long Cumulative(int day)
    {
        var p = PieceAtOrBefore(day);
        if (p < 0)
        {
            return 0;
        }

        return _cum[p] + (_rates[p] * ((long)Math.Min(day, _ends[p]) - _starts[p] + 1));
    }

    /// <summary>Σ rate over the days of [from, to].</summary>
    public long Sum(int from, int to) => to < from ? 0 : Cumulative(to) - Cumulative(from - 1);

    /// <summary>
    /// Writes into <paramref name="result"/> the days of [a, h] on which the window sum reaches <paramref name="target"/>: for an EVER window (<paramref name="window"/> null) the
    /// sum up to the day; for a rolling window the sum over [day − period + 1, day]. Sweep over breakpoints: on each segment between
    /// breakpoints of the rate, of the rate at the day leaving the window, and of the window start's month-end jumps, the sum is linear.
    /// </summary>
    public void Solve(PeriodShift? window, long target, int a, int h, List<int> scratch, List<Span> result)
    {
        result.Clear();
        if (window is not { } w)
        {
            SolveEver(target, a, h, result);
            return;
        }

        scratch.Clear();
        scratch.Add(a);
        for (var p = 0; p < _pieces; p++)
        {
            AddCandidate(scratch, _starts[p], a, h);
            AddCandidate(scratch, _ends[p] + 1, a, h);
            AddCandidate(scratch, w.FirstDayMinusAtLeast(_starts[p] - 1), a, h);
            AddCandidate(scratch, w.FirstDayMinusAtLeast(_ends[p]), a, h);
        }

        w.AddIrregularDays(a + 1, h, scratch);
        scratch.Sort();
        for (var i = 0; i < scratch.Count; i++)
        {
            var s = scratch[i];
            if (i > 0 && s == scratch[i - 1])
            {
                continue;
            }

            var e = h;
            for (var j = i + 1; j < scratch.Count; j++)
            {
                if (scratch[j] != s)
                {
                    e = scratch[j] - 1;
                    break;
                }
            }

            var ws = w.WindowStart(s);
            var g = Sum(ws, s);
            var slope = RateAt(s) - RateAt(ws);
            AddSolved(result, s, e, g, slope, target);
        }

        SpanSet.Normalise(result);
    }

    private static void AddCandidate(List<int> into, int day, int a, int h)
    {
        if (day > a && day <= h)
        {
            into.Add(day);
        }
    }

    private static void AddSolved(List<Span> result, int s, int e, long g, long slope, long target)
    {
        if (g >= target)
        {
            if (slope >= 0)
            {
                result.Add(new Span(s, e));
            }
            else
            {
                var k = (g - target) / -slope;
                result.Add(new Span(s, (int)Math.Min(e, s + k)));
            }
        }
        else if (slope > 0)
        {
            var k = (target - g + slope - 1) / slope;
            if (s + k <= e)
            {
                result.Add(new Span((int)(s + k), e));
            }
        }
    }

    private void SolveEver(long target, int a, int h, List<Span> result)
    {
        var total = Cumulative(a);
        if (total >= target)
        {
            result.Add(new Span(a, h));
            return;
        }

        for (var p = 0; p < _pieces; p++)
        {
            if (_ends[p] <= a)
            {
                continue;
            }

            var s = Math.Max(_starts[p], a + 1);
            if (s > h)
            {
                return;
            }

            var before = Cumulative(s - 1);
            var k = (target - before + _rates[p] - 1) / _rates[p];
            if (s + k - 1 <= _ends[p])
            {
                var day = (int)(s + k - 1);
                if (day <= h)
                {
                    result.Add(new Span(day, h));
                }

                return;
            }
        }
    }

    private int PieceAtOrBefore(int day)
    {
        int lo = 0, hi = _pieces - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_starts[mid] <= day)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private void AddPiece(int start, int end, long rate)
    {
        if (_pieces == _starts.Length)
        {
            Array.Resize(ref _starts, _pieces * 2);
            Array.Resize(ref _ends, _pieces * 2);
            Array.Resize(ref _rates, _pieces * 2);
            Array.Resize(ref _cum, (_pieces * 2) + 1);
        }

        _starts[_pieces] = start;
        _ends[_pieces] = end;
        _rates[_pieces] = rate;
        _pieces++;
    }
}
