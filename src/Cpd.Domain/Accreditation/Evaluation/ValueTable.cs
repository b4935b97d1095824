namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// For each distinct value of a boundary other than home (a sector, an organisation, ...), the experiences' spans crossing into it,
/// stored flat: value <c>v</c> owns entries <c>[offsets[v], offsets[v + 1])</c> of the item and span arrays, paired by position.
/// </summary>
internal sealed class ValueTable
{
    private readonly string[] _values;
    private readonly int[] _offsets;
    private readonly int[] _items;
    private readonly Span[] _spans;

    public ValueTable(string[] values, int[] offsets, int[] items, Span[] spans)
    {
        _values = values;
        _offsets = offsets;
        _items = items;
        _spans = spans;
    }

    /// <summary>Gets the number of distinct values.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>Value <paramref name="v"/> (values are in ordinal order).</summary>
    public string Value(int v) => _values[v];

    /// <summary>The experiences (index positions) crossing into value <paramref name="v"/>, one per span.</summary>
    public ReadOnlySpan<int> Items(int v) => new(_items, _offsets[v], _offsets[v + 1] - _offsets[v]);

    /// <summary>The spans on which they cross into it.</summary>
    public ReadOnlySpan<Span> Spans(int v) => new(_spans, _offsets[v], _offsets[v + 1] - _offsets[v]);

    /// <summary>Reads one value per cache line (see <see cref="CareerIndex.Prefetch"/>).</summary>
    public int Prefetch() => Prefetcher.Touch(_offsets) + Prefetcher.Touch(_items) + Prefetcher.Touch(_spans);
}
