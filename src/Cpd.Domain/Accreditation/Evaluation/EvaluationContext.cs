namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>The state of one evaluation, plus scratch buffers reused per thread so that the hot path allocates little.</summary>
internal sealed class EvaluationContext
{
    [ThreadStatic]
    private static EvaluationContext? t_current;

    public CareerIndex Index { get; private set; } = null!;

    /// <summary>Gets or sets the result of <see cref="CareerIndex.Prefetch"/>, kept so that its reads are not optimised away.</summary>
    public int Prefetched { get; set; }

    /// <summary>The evaluation date.</summary>
    public int AsOf { get; private set; }

    /// <summary>The last day projected (the evaluation date without projection).</summary>
    public int HorizonEnd { get; private set; }

    public bool Projection { get; private set; }

    /// <summary>Whether to collect excluded evidence; only the lazy second pass behind <see cref="RequirementResult.Excluded"/> does.</summary>
    public bool CollectExcluded { get; private set; }

    /// <summary>The last day an ongoing experience is assumed to run: the horizon end with projection, else the evaluation date.</summary>
    public int Cap => HorizonEnd;

    public RateTimeline Timeline { get; } = new();

    public RateTimeline Extra { get; } = new();

    public List<int> Ints { get; } = [];

    public CountSweep Counts { get; } = new();

    public List<Span> SpanScratch { get; } = [];

    /// <summary>A second scratch list, for a leaf that needs one while <see cref="SpanScratch"/> is in use, and for composites' intersections.</summary>
    public List<Span> SpanScratch2 { get; } = [];

    /// <summary>The projected days of the node being finished: cleared by <see cref="StartProjection"/>, copied into the result by the node's Finish.</summary>
    public List<Span> Projected { get; } = [];

    /// <summary>Returns <see cref="Projected"/> cleared, or null without projection.</summary>
    public List<Span>? StartProjection()
    {
        if (!Projection)
        {
            return null;
        }

        Projected.Clear();
        return Projected;
    }

    private int[] _ints = new int[256];

    /// <summary>A per-thread int array of at least <paramref name="length"/> elements, contents undefined; one user at a time.</summary>
    public int[] IntBuffer(int length)
    {
        if (_ints.Length < length)
        {
            _ints = new int[Math.Max(length, _ints.Length * 2)];
        }

        return _ints;
    }

    /// <summary>Per-experience marks (by index position) for de-duplicating evidence; left all false after <see cref="TakeMarkedIds"/>.</summary>
    public bool[] Marks { get; private set; } = new bool[64];

    public void EnsureMarks(int count)
    {
        if (Marks.Length < count)
        {
            Marks = new bool[Math.Max(count, Marks.Length * 2)];
        }
    }

    /// <summary>The ids of the marked experiences, in index order, clearing the marks.</summary>
    public long[] TakeMarkedIds()
    {
        var items = Index.Items;
        var n = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (Marks[i])
            {
                n++;
            }
        }

        if (n == 0)
        {
            return [];
        }

        var ids = new long[n];
        n = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (Marks[i])
            {
                ids[n++] = items[i].Id;
                Marks[i] = false;
            }
        }

        return ids;
    }

    public List<long> Ids { get; } = [];

    public List<ExcludedEvidence> Excluded { get; } = [];

    public static EvaluationContext Rent(CareerIndex index, int asOf, int horizonEnd, bool projection)
    {
        var ctx = t_current ??= new EvaluationContext();
        ctx.Index = index;
        ctx.AsOf = asOf;
        ctx.HorizonEnd = horizonEnd;
        ctx.Projection = projection;
        ctx.CollectExcluded = false;
        return ctx;
    }

    /// <summary>A context of its own (not the thread's) for the lazy pass that collects excluded evidence.</summary>
    public static EvaluationContext ForExclusions(CareerIndex index, int asOf) =>
        new() { Index = index, AsOf = asOf, HorizonEnd = asOf, Projection = false, CollectExcluded = true };

    public long[] TakeIds()
    {
        var ids = Ids.Count == 0 ? [] : Ids.ToArray();
        Ids.Clear();
        return ids;
    }

    public ExcludedEvidence[] TakeExcluded()
    {
        if (!CollectExcluded)
        {
            return [];
        }

        var items = Excluded.Count == 0 ? [] : Excluded.ToArray();
        Excluded.Clear();
        return items;
    }
}
