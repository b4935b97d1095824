using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string text) => Printer.Print(Parser.Parse(text));

    [Fact]
    public void Print_KitchenSink_MatchesGraphQLJsSnapshot()
    {
        (Reprint(TestDocuments.KitchenSink) + "\n").ShouldBe(TestDocuments.KitchenSinkPrinted);
    }

    [Fact]
    public void Print_SchemaKitchenSink_MatchesGraphQLJsSnapshot()
    {
        (Reprint(TestDocuments.SchemaKitchenSink) + "\n").ShouldBe(TestDocuments.SchemaKitchenSinkPrinted);
    }

    [Theory]
    [InlineData(nameof(TestDocuments.KitchenSink))]
    [InlineData(nameof(TestDocuments.SchemaKitchenSink))]
    public void Print_KitchenSink_RoundTripsToAnEqualTree(string name)
    {
        var text = name == nameof(TestDocuments.KitchenSink) ? TestDocuments.KitchenSink : TestDocuments.SchemaKitchenSink;
        var document = Parser.Parse(text);

        var printed = Printer.Print(document);

        AstComparer.FindDifference(Parser.Parse(printed), document).ShouldBeNull();
        Printer.Print(Parser.Parse(printed)).ShouldBe(printed);
    }

    [Fact]
    public void Print_MinimalAst_PrintsTheName()
    {
        Printer.Print(new FieldNode(null, new NameNode("foo"), null, null, null)).ShouldBe("foo");
    }

    [Fact]
    public void Print_QueryShorthand_OmitsTheKeyword()
    {
        Reprint("query { id, name }").ShouldBe("{\n  id\n  name\n}");
    }

    [Fact]
    public void Print_AnonymousQueryWithVariables_KeepsTheKeyword()
    {
        Reprint("query ($foo: TestType) @testDirective { id, name }")
            .ShouldBe("query ($foo: TestType) @testDirective {\n  id\n  name\n}");
    }

    [Fact]
    public void Print_AnonymousMutation_KeepsTheKeyword()
    {
        Reprint("mutation { id, name }").ShouldBe("mutation {\n  id\n  name\n}");
    }

    [Fact]
    public void Print_VariableDirectives_FollowTheDefault()
    {
        Reprint("query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) { id }")
            .ShouldBe("query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) {\n  id\n}");
    }

    [Fact]
    public void Print_DescribedQuery_KeepsTheKeyword()
    {
        Reprint("\"Finds things.\" query { id }").ShouldBe("\"Finds things.\"\nquery {\n  id\n}");
    }

    [Fact]
    public void Print_DescribedVariable_PutsVariablesOnTheirOwnLines()
    {
        Reprint("query Q(\"first\" $a: Int, $b: Int) { id }")
            .ShouldBe("query Q(\n\"first\"\n$a: Int\n$b: Int\n) {\n  id\n}");
    }

    [Fact]
    public void Print_LongArgumentList_WrapsOneArgumentPerLine()
    {
        Reprint("{ field(argument1: \"value1\", argument2: \"value2\", argument3: \"value3\", argument4: \"value4\") }")
            .ShouldBe("{\n  field(\n    argument1: \"value1\"\n    argument2: \"value2\"\n    argument3: \"value3\"\n    argument4: \"value4\"\n  )\n}");
    }

    [Fact]
    public void Print_LongList_WrapsOneItemPerLine()
    {
        Reprint("{ f(a: [\"aaaaaaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbb\", \"cccccccccccccccccccc\", \"dddddddddd\"]) }")
            .ShouldBe("{\n  f(\n    a: [\n      \"aaaaaaaaaaaaaaaaaaaa\"\n      \"bbbbbbbbbbbbbbbbbbbb\"\n      \"cccccccccccccccccccc\"\n      \"dddddddddd\"\n    ]\n  )\n}");
    }

    [Fact]
    public void Print_BlockStringInsideSelections_IsIndentedWithItsField()
    {
        Reprint("{ f(a: \"\"\"\n  line one\n    line two\n\"\"\") }")
            .ShouldBe("{\n  f(a: \"\"\"\n  line one\n    line two\n  \"\"\")\n}");
    }

    [Fact]
    public void Print_DescribedArguments_PutsArgumentsOnTheirOwnLines()
    {
        Reprint("type T { f(\"described\" a: Int, b: Int = 1 @d): Int }")
            .ShouldBe("type T {\n  f(\n    \"described\"\n    a: Int\n    b: Int = 1 @d\n  ): Int\n}");
    }

    [Fact]
    public void Print_StringWithControlCharacters_EscapesThem()
    {
        var value = new StringValueNode("a\u0000\u001F\u007F\u009F\"\\\n\r\t\b\f\U0001F600", false);

        Printer.Print(value).ShouldBe("\"a\\u0000\\u001F\\u007F\\u009F\\\"\\\\\\n\\r\\t\\b\\f\U0001F600\"");
        Parser.ParseValue(Printer.Print(value)).ShouldBeOfType<StringValueNode>().Value.ShouldBe(value.Value);
    }

    [Fact]
    public void Print_BlockStringWithCarriageReturn_FallsBackToAQuotedString()
    {
        var value = new StringValueNode("a\rb", true);

        Printer.Print(value).ShouldBe("\"a\\rb\"");
    }

    [Theory]
    [InlineData("type T\nquery { a }")]
    [InlineData("extend schema @d\nquery { a }")]
    [InlineData("enum E\nquery { a }")]
    [InlineData("extend input I @d\nquery { a }")]
    public void Print_QueryAfterDefinitionWithoutBody_KeepsTheKeyword(string text)
    {
        var document = Parser.Parse(text);

        var printed = Printer.Print(document);

        printed.ShouldEndWith("\n\nquery {\n  a\n}");
        AstComparer.Equals(Parser.Parse(printed), document).ShouldBeTrue();
    }

    [Fact]
    public void Print_QueryAfterDefinitionWithBody_UsesTheShorthand()
    {
        Reprint("type T { f: Int }\nquery { a }").ShouldEndWith("}\n\n{\n  a\n}");
    }

    [Fact]
    public void Print_NodeToString_PrintsTheNode()
    {
        Parser.ParseType("[Int!]").ToString().ShouldBe("[Int!]");
    }

    [Fact]
    public void Print_Null_ThrowsArgumentNull()
    {
        Should.Throw<ArgumentNullException>(() => Printer.Print(null!));
    }
}
