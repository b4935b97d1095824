using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;

namespace Cpd.GraphQL.Tests.Language;

public sealed class SourceTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 2, 1)]
    [InlineData(6, 3, 1)]
    [InlineData(7, 4, 1)]
    [InlineData(8, 4, 2)]
    [InlineData(9, 4, 3)]
    public void GetLocation_AnyLineTerminator_CountsLinesAndColumns(int offset, int line, int column)
    {
        // "ab\n" "c\r\n" "\r" "de"
        var source = new Source("ab\nc\r\n\rde");

        source.GetLocation(offset).ShouldBe(new SourceLocation(line, column));
    }

    [Fact]
    public void GetLocation_OutOfRange_Throws()
    {
        var source = new Source("abc");

        Should.Throw<ArgumentOutOfRangeException>(() => source.GetLocation(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => source.GetLocation(4));
    }

    [Fact]
    public void Constructor_DefaultName_IsGraphQLRequest()
    {
        new Source("{ a }").Name.ShouldBe("GraphQL request");
    }

    [Fact]
    public void Location_InvalidRange_Throws()
    {
        var source = new Source("abc");

        Should.Throw<ArgumentOutOfRangeException>(() => new Location(2, 1, source));
        Should.Throw<ArgumentOutOfRangeException>(() => new Location(-1, 1, source));
        new Location(1, 3, source).ToString().ShouldBe("1..3");
    }
}
