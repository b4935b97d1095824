using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

public sealed partial class ParserTests
{
    [Fact]
    public void ParseValue_Null_IsNullValue()
    {
        AstDump.Of(Parser.ParseValue("null")).ShouldBe("NullValue 0..4");
    }

    [Fact]
    public void ParseValue_List_ReadsItems()
    {
        AstDump.Of(Parser.ParseValue("[123 \"abc\"]")).ShouldBe(
            """
            ListValue 0..11
              values[0]: IntValue 1..4 = 123
              values[1]: StringValue 5..10 = abc
            """);
    }

    [Fact]
    public void ParseValue_BlockStrings_MarksThemAsBlock()
    {
        AstDump.Of(Parser.ParseValue("[\"\"\"long\"\"\" \"short\"]")).ShouldBe(
            """
            ListValue 0..20
              values[0]: StringValue 1..11 = block long
              values[1]: StringValue 12..19 = short
            """);
    }

    [Fact]
    public void ParseValue_Variables_AreAllowed()
    {
        AstDump.Of(Parser.ParseValue("{ field: $var }")).ShouldBe(
            """
            ObjectValue 0..15
              fields[0]: ObjectField 2..13
                name: Name 2..7 = field
                value: Variable 9..13
                  name: Name 10..13 = var
            """);
    }

    [Fact]
    public void ParseValue_EmptyListAndObject_HaveNoItems()
    {
        Parser.ParseValue("[]").ShouldBeOfType<ListValueNode>().Values.ShouldBeEmpty();
        Parser.ParseValue("{}").ShouldBeOfType<ObjectValueNode>().Fields.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("$", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData(":", "Unexpected \":\".", 1, 1)]
    [InlineData("1 2", "Expected <EOF>, found Int \"2\".", 1, 3)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("[1", "Unexpected <EOF>.", 1, 3)]
    [InlineData("{a: 1", "Expected Name, found <EOF>.", 1, 6)]
    public void ParseValue_Invalid_ThrowsSyntaxError(string text, string message, int line, int column)
    {
        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.ParseValue(text));

        exception.Error.Message.ShouldBe("Syntax Error: " + message);
        exception.Location.ShouldBe(new SourceLocation(line, column));
    }

    [Fact]
    public void ParseConstValue_Values_Parse()
    {
        Parser.ParseConstValue("[123 \"abc\" { a: [true, null, ENUM] }]").ShouldBeOfType<ListValueNode>().Values.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("{ field: $var }", "Unexpected variable \"$var\" in constant value.", 1, 10)]
    [InlineData("$$", "Unexpected \"$\".", 1, 1)]
    public void ParseConstValue_Variable_ThrowsSyntaxError(string text, string message, int line, int column)
    {
        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.ParseConstValue(text));

        exception.Error.Message.ShouldBe("Syntax Error: " + message);
        exception.Location.ShouldBe(new SourceLocation(line, column));
    }

    [Theory]
    [InlineData("String", "NamedType 0..6\n  name: Name 0..6 = String")]
    [InlineData("MyType", "NamedType 0..6\n  name: Name 0..6 = MyType")]
    [InlineData("[MyType]", "ListType 0..8\n  type: NamedType 1..7\n    name: Name 1..7 = MyType")]
    [InlineData("MyType!", "NonNullType 0..7\n  type: NamedType 0..6\n    name: Name 0..6 = MyType")]
    [InlineData("[MyType!]", "ListType 0..9\n  type: NonNullType 1..8\n    type: NamedType 1..7\n      name: Name 1..7 = MyType")]
    [InlineData("[[Int]!]!", "NonNullType 0..9\n  type: ListType 0..8\n    type: NonNullType 1..7\n      type: ListType 1..6\n        type: NamedType 2..5\n          name: Name 2..5 = Int")]
    public void ParseType_Reference_BuildsWrappers(string text, string dump)
    {
        AstDump.Of(Parser.ParseType(text)).ShouldBe(dump);
    }

    [Theory]
    [InlineData("", "Expected Name, found <EOF>.", 1, 1)]
    [InlineData("[Int", "Expected \"]\", found <EOF>.", 1, 5)]
    [InlineData("Int!!", "Expected <EOF>, found \"!\".", 1, 5)]
    [InlineData("!Int", "Expected Name, found \"!\".", 1, 1)]
    [InlineData("[]", "Expected Name, found \"]\".", 1, 2)]
    public void ParseType_Invalid_ThrowsSyntaxError(string text, string message, int line, int column)
    {
        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.ParseType(text));

        exception.Error.Message.ShouldBe("Syntax Error: " + message);
        exception.Location.ShouldBe(new SourceLocation(line, column));
    }
}
