using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

public sealed class ParserSmokeTests
{
    [Fact]
    public void Parse_SimpleQuery_BuildsFieldTree()
    {
        var document = Parser.Parse("query Q($id: ID! = 1) { node(id: $id) { id ... on User { name } } }");

        var operation = document.Definitions.ShouldHaveSingleItem().ShouldBeOfType<OperationDefinitionNode>();
        operation.Name!.Value.ShouldBe("Q");
        var field = operation.SelectionSet.Selections.ShouldHaveSingleItem().ShouldBeOfType<FieldNode>();
        field.Name.Value.ShouldBe("node");
        field.SelectionSet!.Selections.Count.ShouldBe(2);
    }

    [Fact]
    public void Parse_MissingName_ThrowsSyntaxError()
    {
        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse("{"));

        exception.Error.Message.ShouldBe("Syntax Error: Expected Name, found <EOF>.");
        exception.Location.ShouldBe(new SourceLocation(1, 2));
    }

    [Fact]
    public void Print_Query_RoundTrips()
    {
        var document = Parser.Parse("query Q($id: ID! = 1) { node(id: $id) { id ... on User { name } } }");

        var printed = Printer.Print(document);

        printed.ShouldBe("query Q($id: ID! = 1) {\n  node(id: $id) {\n    id\n    ... on User {\n      name\n    }\n  }\n}");
        AstComparer.Equals(Parser.Parse(printed), document).ShouldBeTrue();
    }
}
