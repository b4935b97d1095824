namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>The state of one evaluation, plus scratch buffers reused per thread so that the hot path allocates little.</summary>
internal sealed class EvaluationContext
{
    [ThreadStatic]
    private static EvaluationContext? t_current;

    public CareerIndex Index { get; private set; } = null!;

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
