using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;

namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>Documents nested 100,000 levels deep are clean syntax errors, never a stack overflow.</summary>
public sealed class DeepNestingTests
{
    private const int Levels = 100_000;

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    public static TheoryData<string, string> DeepDocuments() => new()
    {
        { "selection sets", Repeat("{ a ", Levels) + Repeat("}", Levels) },
        { "inline fragments", "{" + Repeat(" ... {", Levels) + " a" + Repeat(" }", Levels) + " }" },
        { "list values", "{ a(b: " + Repeat("[", Levels) + Repeat("]", Levels) + ") }" },
        { "object values", "{ a(b: " + Repeat("{ c: ", Levels) + "1" + Repeat(" }", Levels) + ") }" },
        { "list types", "query ($v: " + Repeat("[", Levels) + "Int" + Repeat("]!", Levels) + ") { a }" },
        { "schema types", "type T { f: " + Repeat("[", Levels) + "Int" + Repeat("]", Levels) + " }" },
        { "default values", "type T { f(a: Int = " + Repeat("[", Levels) + Repeat("]", Levels) + "): Int }" },
        { "unclosed", Repeat("{ a ", Levels) },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Parse_NestedHundredThousandLevels_ThrowsDepthError(string shape, string text)
    {
        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text), shape);

        exception.Error.Message.ShouldBe("Syntax Error: Document is nested deeper than 128 levels. Parsing aborted.");
    }

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Parse_NestedHundredThousandLevelsWithoutDepthLimit_StillThrowsInsteadOfOverflowing(string shape, string text)
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue };

        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text, options), shape);

        exception.Error.Message.ShouldStartWith("Syntax Error: Document is nested deeper than ");
    }

    [Fact]
    public void Parse_DeepDocumentOnASmallStack_ThrowsInsteadOfOverflowing()
    {
        Exception? caught = null;
        var thread = new Thread(
            () => caught = Record.Exception(() => Parser.Parse(Repeat("{ a ", Levels) + Repeat("}", Levels), new ParserOptions { MaxDepth = int.MaxValue })),
            maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        caught.ShouldBeOfType<GraphQLSyntaxException>();
    }

    [Fact]
    public void ParseValueAndType_NestedHundredThousandLevels_ThrowDepthErrors()
    {
        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseValue(Repeat("[", Levels) + Repeat("]", Levels)));
        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseConstValue(Repeat("{a:", Levels) + "1" + Repeat("}", Levels)));
        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseType(Repeat("[", Levels) + "Int" + Repeat("]", Levels)));
    }

    [Fact]
    public void TryParse_NestedHundredThousandLevels_ReturnsTheError()
    {
        Parser.TryParse(Repeat("{ a ", Levels), null, out var document, out var error).ShouldBeFalse();

        document.ShouldBeNull();
        error!.Locations.ShouldBe([new SourceLocation(1, 4 * 128 + 1)]);
    }
}
