using Cpd.Client.Transport;

namespace Cpd.Client.Tests.Transport;

public sealed class DocumentInspectorTests
{
    [Theory]
    [InlineData("{ a }", null, false)]
    [InlineData("query { a }", null, false)]
    [InlineData("mutation { a }", null, true)]
    [InlineData("  # a comment mentioning mutation\n query Q($x: String = \"mutation {\") { a }", null, false)]
    [InlineData("fragment F on Mutation { a } mutation M { ...F }", null, true)]
    [InlineData("query Q { a } mutation M { b }", "Q", false)]
    [InlineData("query Q { a } mutation M { b }", "M", true)]
    [InlineData("query Q { a } mutation M { b }", null, true)]
    [InlineData("mutation M($in: In! = {s: \"\"\"}\"\"\"}) @x(a: [1]) { b(input: $in) { c } }", null, true)]
    [InlineData("subscription S { a }", null, false)]
    [InlineData("query { mutation }", null, false)]
    public void IsMutation_Document_TellsTheOperationType(string document, string? operationName, bool expected) =>
        DocumentInspector.IsMutation(document, operationName).ShouldBe(expected);

    [Theory]
    [InlineData("query Q { a }", null, "Q")]
    [InlineData("fragment F on Query { a } mutation M { ...F }", null, "M")]
    [InlineData("query Q { a } query R { b }", null, null)]
    [InlineData("query Q { a } query R { b }", "R", "R")]
    [InlineData("{ a }", null, null)]
    public void Describe_Document_NamesTheOperationThatRuns(string document, string? operationName, string? expected) =>
        DocumentInspector.Describe(document, operationName).Name.ShouldBe(expected);
}
