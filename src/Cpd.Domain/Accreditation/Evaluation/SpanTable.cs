namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// One list of spans per experience, stored flat (one array and offsets) so that a leaf's pass over a career reads contiguous memory
/// instead of chasing an array per experience: evaluations are bound by memory more than by arithmetic.
/// </summary>
internal sealed class SpanTable
{
    private readonly Span[] _data;
    private readonly int[] _offsets;

    public SpanTable(List<Span> data, List<int> offsets)
    {
        _data = [.. data];
        _offsets = [.. offsets];
    }

    public ReadOnlySpan<Span> this[int item] => new(_data, _offsets[item], _offsets[item + 1] - _offsets[item]);

    /// <summary>Builds a table from one normalised span list per item.</summary>
    public static SpanTable Build(int count, Action<int, List<Span>> fill)
    {
        var data = new List<Span>();
        var offsets = new List<int>(count + 1) { 0 };
        var scratch = new List<Span>();
        for (var i = 0; i < count; i++)
        {
            scratch.Clear();
            fill(i, scratch);
            data.AddRange(SpanSet.Normalise(scratch));
            offsets.Add(data.Count);
        }

        return new SpanTable(data, offsets);
    }
}
