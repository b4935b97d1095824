using Cpd.Api.Schema.Common;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class FieldPathTests
{
    [Theory]
    [InlineData("name", new[] { "input", "name" })]
    [InlineData("requirement.allOf[2].minimumDays", new[] { "input", "requirement", "allOf", "2", "minimumDays" })]
    [InlineData("sectors[3].code", new[] { "input", "sectors", "3", "code" })]
    [InlineData("rows[0][1]", new[] { "input", "rows", "0", "1" })]
    [InlineData("", new[] { "input" })]
    [InlineData("  ", new[] { "input" })]
    public void Split_DottedPathWithIndices_GivesOneSegmentEachUnderInput(string path, string[] expected)
    {
        FieldPath.Split(path).ShouldBe(expected);
    }

    [Fact]
    public void Split_NoRoot_GivesOnlyThePathsSegments()
    {
        FieldPath.Split("a.b[0]", root: null).ShouldBe(["a", "b", "0"]);
    }
}
