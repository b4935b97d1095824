namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>An inclusive run of day numbers.</summary>
internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start + 1;

    public int OverlapLength(int from, int to)
    {
        var s = Math.Max(Start, from);
        var e = Math.Min(End, to);
        return e < s ? 0 : e - s + 1;
    }
}
