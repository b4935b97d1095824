using Cpd.Domain.Accreditation.Evaluation;

namespace Cpd.Domain.Tests.Accreditation.Evaluation;

public sealed class SpanTableTests
{
    [Fact]
    public void Indexer_TwoTablesOfThreeItems_ReturnsEachNormalisedList()
    {
        var builder = new SpanTable.Builder(3);
        List<Span>[] lists =
        [
            [new(5, 9), new(1, 3)], [], [new(10, 12), new(13, 20)],
            [new(7, 7)], [new(1, 4), new(3, 6)], [],
        ];
        foreach (var list in lists)
        {
            builder.Add([.. list]);
        }

        var table = builder.Build();

        table[0, 0].ToArray().ShouldBe([new Span(1, 3), new Span(5, 9)]);
        table[0, 1].Length.ShouldBe(0);
        table[0, 2].ToArray().ShouldBe([new Span(10, 20)]);
        table[1, 0].ToArray().ShouldBe([new Span(7, 7)]);
        table[1, 1].ToArray().ShouldBe([new Span(1, 6)]);
        table[1, 2].Length.ShouldBe(0);
        builder.Get(1, 1).ToArray().ShouldBe([new Span(1, 6)]);
    }
}

public sealed class PrefetcherTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(16, 2)]
    [InlineData(17, 3)]
    [InlineData(40, 4)]
    public void Touch_IntArray_ReadsOneIntPerLineAndTheLast(int length, int expected)
    {
        var array = Enumerable.Repeat(1, length).ToArray();

        Prefetcher.Touch(array).ShouldBe(expected);
    }
}
