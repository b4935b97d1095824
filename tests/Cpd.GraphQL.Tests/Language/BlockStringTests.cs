using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using FsCheck;
using FsCheck.Fluent;

namespace Cpd.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    private static string DedentLines(params string[] lines) => BlockString.Dedent(string.Join("\n", lines));

    [Fact]
    public void Dedent_EmptyString_IsEmpty()
    {
        BlockString.Dedent(string.Empty).ShouldBe(string.Empty);
    }

    [Fact]
    public void Dedent_FirstLine_KeepsItsIndentation()
    {
        DedentLines("  a").ShouldBe("  a");
        DedentLines(" a", "  b").ShouldBe(" a\nb");
    }

    [Fact]
    public void Dedent_Lines_RemovesMinimalIndentation()
    {
        DedentLines(string.Empty, " a", "  b").ShouldBe("a\n b");
        DedentLines(string.Empty, "  a", " b").ShouldBe(" a\nb");
        DedentLines(string.Empty, "  a", " b", "c").ShouldBe("  a\n b\nc");
    }

    [Fact]
    public void Dedent_TabsAndSpaces_CountAsOneCharacterEach()
    {
        DedentLines(string.Empty, "\ta", "          b").ShouldBe("a\n         b");
        DedentLines(string.Empty, "\t a", "          b").ShouldBe("a\n        b");
        DedentLines(string.Empty, " \t a", "          b").ShouldBe("a\n       b");
    }

    [Fact]
    public void Dedent_BlankLines_DoNotSetTheIndentation()
    {
        DedentLines("a", string.Empty, " b").ShouldBe("a\n\nb");
        DedentLines("a", " ", "  b").ShouldBe("a\n\nb");
    }

    [Fact]
    public void Dedent_LeadingAndTrailingBlankLines_AreRemoved()
    {
        DedentLines(string.Empty, "  ", "    Hello,", "      World!", string.Empty, "    Yours,", "      GraphQL.", "  ", "\t")
            .ShouldBe("Hello,\n  World!\n\nYours,\n  GraphQL.");
    }

    [Fact]
    public void Dedent_TrailingSpaces_AreKept()
    {
        DedentLines(string.Empty, "    Hello,     ", "      World!   ", "    ").ShouldBe("Hello,     \n  World!   ");
    }

    [Fact]
    public void Dedent_AllLineTerminators_SplitLines()
    {
        BlockString.Dedent("\r\n  a\r  b\n  c").ShouldBe("a\nb\nc");
    }

    [Fact]
    public void Dedent_OnlyWhitespace_IsEmpty()
    {
        BlockString.Dedent("  \n\t\n   ").ShouldBe(string.Empty);
    }

    [Theory]
    [InlineData("one liner", "\"\"\"one liner\"\"\"")]
    [InlineData("triple quotation \"\"\"", "\"\"\"\ntriple quotation \\\"\"\"\n\"\"\"")]
    [InlineData("    space-led string", "\"\"\"    space-led string\"\"\"")]
    [InlineData("    space-led value \"quoted string\"", "\"\"\"    space-led value \"quoted string\"\n\"\"\"")]
    [InlineData("backslash \\", "\"\"\"\nbackslash \\\n\"\"\"")]
    [InlineData("no indent\n with indent", "\"\"\"\nno indent\n with indent\n\"\"\"")]
    [InlineData("    first  \n  line     \nindentation\n     string", "\"\"\"\n    first  \n  line     \nindentation\n     string\n\"\"\"")]
    [InlineData("\" \\ / \b \f \n \r \t", "\"\"\"\n\" \\ / \b \f \n \r \t\n\"\"\"")]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("a\n b\n c", "\"\"\"\na\n b\n c\n\"\"\"")]
    public void Print_Value_UsesGraphQLJsLayout(string value, string printed)
    {
        BlockString.Print(value).ShouldBe(printed);
    }

    [Fact]
    public void Print_LongSingleLine_PrintsOnItsOwnLine()
    {
        var value = new string('x', 71);

        BlockString.Print(value).ShouldBe("\"\"\"\n" + value + "\n\"\"\"");
    }

    [Fact]
    public void Print_AnyBlockStringValue_ParsesBackToTheSameValue()
    {
        // Values a parsed block string can hold are exactly those dedenting leaves alone.
        var chars = Gen.Elements(' ', '\t', '\n', 'a', 'b', '"', '\\', '\u00e9');
        var values = Gen.ArrayOf(chars).Select(a => new string(a)).Where(v => BlockString.Dedent(v) == v).ToArbitrary();

        Prop.ForAll(values, value =>
        {
            var parsed = (StringValueNode)Parser.ParseValue(BlockString.Print(value));
            return parsed.Block && parsed.Value == value;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }
}
