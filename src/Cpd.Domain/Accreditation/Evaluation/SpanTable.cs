using System.Runtime.InteropServices;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// Several tables of one span list per item, stored flat (one array and one offsets array for all of them) so that a leaf's pass
/// over a career reads contiguous memory instead of chasing an array per experience: evaluations are bound by memory more than by
/// arithmetic. Table <c>t</c>'s list for item <c>i</c> is at <c>t * count + i</c>.
/// </summary>
internal sealed class SpanTable
{
    private readonly Span[] _data;
    private readonly int[] _offsets;
    private readonly int _count;

    private SpanTable(Span[] data, int[] offsets, int count)
    {
        _data = data;
        _offsets = offsets;
        _count = count;
    }

    public ReadOnlySpan<Span> this[int table, int item]
    {
        get
        {
            var k = (table * _count) + item;
            return new(_data, _offsets[k], _offsets[k + 1] - _offsets[k]);
        }
    }

    /// <summary>Reads one value per cache line, so that the lines are fetched together rather than one miss at a time (see <see cref="CareerIndex.Prefetch"/>).</summary>
    public int Prefetch() => Prefetcher.Touch(_data) + Prefetcher.Touch(_offsets);

    /// <summary>Collects the lists in order: all of table 0's items, then table 1's, and so on.</summary>
    public sealed class Builder(int count)
    {
        private readonly List<Span> _data = [];
        private readonly List<int> _offsets = [0];

        /// <summary>Appends the next list, normalising it first.</summary>
        public void Add(List<Span> spans)
        {
            _data.AddRange(SpanSet.Normalise(spans));
            _offsets.Add(_data.Count);
        }

        /// <summary>A list already added (for tables derived from earlier ones).</summary>
        public ReadOnlySpan<Span> Get(int table, int item)
        {
            var k = (table * count) + item;
            return CollectionsMarshal.AsSpan(_data)[_offsets[k].._offsets[k + 1]];
        }

        public SpanTable Build() => new([.. _data], [.. _offsets], count);
    }
}
