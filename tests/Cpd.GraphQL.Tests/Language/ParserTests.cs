using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

public sealed partial class ParserTests
{
    internal static void ShouldFailToParse(string text, string message, int line, int column, ParserOptions? options = null)
    {
        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text, options));
        exception.Error.Message.ShouldBe("Syntax Error: " + message);
        exception.Error.Locations.ShouldBe([new SourceLocation(line, column)]);
    }

    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("\n{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 3, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("{ \"\"\"block\"\"\"", "Expected Name, found BlockString \"block\".", 1, 3)]
    [InlineData("{ 12", "Expected Name, found Int \"12\".", 1, 3)]
    [InlineData("{ 1.5", "Expected Name, found Float \"1.5\".", 1, 3)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("  # only a comment\n", "Unexpected <EOF>.", 2, 1)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a { b }", "Expected Name, found <EOF>.", 1, 10)]
    [InlineData("{ a } }", "Unexpected \"}\".", 1, 7)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q() { a }", "Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query Q($a) { a }", "Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a: ) { a }", "Expected Name, found \")\".", 1, 13)]
    [InlineData("query Q($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($a: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("query Q(a: Int) { a }", "Expected \"$\", found Name \"a\".", 1, 9)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int = [$b]) { a }", "Unexpected variable \"$b\" in constant value.", 1, 20)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("query Q($a: Int = $) { a }", "Unexpected \"$\".", 1, 19)]
    [InlineData("query Q($a: Int @d(x: $b)) { a }", "Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("{ f() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ f(a) }", "Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ f(a: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ f(a: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("{ f @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ alias: }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ f(a: {b}) }", "Expected \":\", found \"}\".", 1, 10)]
    [InlineData("{ f(a: [1 2) }", "Unexpected \")\".", 1, 12)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment F on T", "Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("fragment { a }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("{ ... on { a } }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("{ ... @d }", "Expected \"{\", found \"}\".", 1, 10)]
    [InlineData("\"described shorthand\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"described\" notAKeyword", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\n  \"\"\"described\"\"\" extend type A @d", "Unexpected description, only GraphQL definitions support descriptions.", 2, 3)]
    [InlineData("\"described\" \"twice\" query { a }", "Unexpected String \"twice\".", 1, 13)]
    [InlineData("\"described\"", "Unexpected <EOF>.", 1, 12)]
    [InlineData("{ a }\n\"trailing description\"", "Unexpected <EOF>.", 2, 23)]
    [InlineData("query Q @d(a: 1 { a }", "Expected Name, found \"{\".", 1, 17)]
    public void Parse_InvalidExecutableDocument_ThrowsSyntaxError(string text, string message, int line, int column)
    {
        ShouldFailToParse(text, message, line, column);
    }

    [Fact]
    public void Parse_SimpleQuery_CreatesTreeWithLocations()
    {
        var document = Parser.Parse("{\n  node(id: 4) {\n    id,\n    name\n  }\n}");

        AstDump.Of(document).ShouldBe(
            """
            Document 0..40
              definitions[0]: OperationDefinition 0..40 = Query
                selectionSet: SelectionSet 0..40
                  selections[0]: Field 4..38
                    name: Name 4..8 = node
                    arguments[0]: Argument 9..14
                      name: Name 9..11 = id
                      value: IntValue 13..14 = 4
                    selectionSet: SelectionSet 16..38
                      selections[0]: Field 22..24
                        name: Name 22..24 = id
                      selections[1]: Field 30..34
                        name: Name 30..34 = name
            """);
    }

    [Fact]
    public void Parse_NamedQueryWithEverything_CreatesTreeWithLocations()
    {
        var document = Parser.Parse("\"d\" query Q($v: [Int!] = [1] @c) @op { a: f(x: $v) @s ...F ... on T { b } }");

        AstDump.Of(document).ShouldBe(
            """
            Document 0..75
              definitions[0]: OperationDefinition 0..75 = Query
                description: StringValue 0..3 = d
                name: Name 10..11 = Q
                variableDefinitions[0]: VariableDefinition 12..31
                  variable: Variable 12..14
                    name: Name 13..14 = v
                  type: ListType 16..22
                    type: NonNullType 17..21
                      type: NamedType 17..20
                        name: Name 17..20 = Int
                  defaultValue: ListValue 25..28
                    values[0]: IntValue 26..27 = 1
                  directives[0]: Directive 29..31
                    name: Name 30..31 = c
                directives[0]: Directive 33..36
                  name: Name 34..36 = op
                selectionSet: SelectionSet 37..75
                  selections[0]: Field 39..53
                    alias: Name 39..40 = a
                    name: Name 42..43 = f
                    arguments[0]: Argument 44..49
                      name: Name 44..45 = x
                      value: Variable 47..49
                        name: Name 48..49 = v
                    directives[0]: Directive 51..53
                      name: Name 52..53 = s
                  selections[1]: FragmentSpread 54..58
                    name: Name 57..58 = F
                  selections[2]: InlineFragment 59..73
                    typeCondition: NamedType 66..67
                      name: Name 66..67 = T
                    selectionSet: SelectionSet 68..73
                      selections[0]: Field 70..71
                        name: Name 70..71 = b
            """);
    }

    [Fact]
    public void Parse_KitchenSink_ParsesEveryDefinition()
    {
        var document = Parser.Parse(TestDocuments.KitchenSink);

        document.Definitions.Select(d => d.Kind).ShouldBe(
        [
            NodeKind.OperationDefinition, NodeKind.OperationDefinition, NodeKind.OperationDefinition,
            NodeKind.FragmentDefinition, NodeKind.OperationDefinition, NodeKind.OperationDefinition,
        ]);
        var query = document.Definitions[0].ShouldBeOfType<OperationDefinitionNode>();
        query.Description!.Value.ShouldBe("Finds a member's secondments, with every kind of argument value.");
        query.VariableDefinitions.Count.ShouldBe(5);
        query.VariableDefinitions[0].Description!.Value.ShouldBe("The member to look at.");
        query.VariableDefinitions[0].Directives.ShouldHaveSingleItem().Name.Value.ShouldBe("onVariableDefinition");
        document.Definitions[1].ShouldBeOfType<OperationDefinitionNode>().Operation.ShouldBe(OperationType.Mutation);
        document.Definitions[2].ShouldBeOfType<OperationDefinitionNode>().Operation.ShouldBe(OperationType.Subscription);
        var fragment = document.Definitions[3].ShouldBeOfType<FragmentDefinitionNode>();
        fragment.Description!.Block.ShouldBeTrue();
        fragment.Description.Value.ShouldBe("A fragment with a block description.");
        document.Definitions[4].ShouldBeOfType<OperationDefinitionNode>().Name.ShouldBeNull();
    }

    [Fact]
    public void Parse_KitchenSinkArguments_CookValues()
    {
        var document = Parser.Parse(TestDocuments.KitchenSink);
        var query = (OperationDefinitionNode)document.Definitions[0];
        var echo = (FieldNode)query.SelectionSet.Selections[1];
        var arguments = echo.Arguments.ToDictionary(a => a.Name.Value, a => a.Value);

        arguments["big"].ShouldBeOfType<IntValueNode>().Value.ShouldBe("123456789012345678901234567890");
        arguments["negativeExponent"].ShouldBeOfType<FloatValueNode>().Value.ShouldBe("-1E-10");
        arguments["string"].ShouldBeOfType<StringValueNode>().Value
            .ShouldBe("tab\there, quote \" slash / backslash \\ unicode \u00e9 \U0001F600 \U0001F600 done");
        var block = arguments["block"].ShouldBeOfType<StringValueNode>();
        block.Block.ShouldBeTrue();
        block.Value.ShouldBe("A block string\n  keeps relative indentation\nand \"quotes\" and \"\"\" escaped triple quotes.");
        arguments["empty"].ShouldBeOfType<StringValueNode>().Value.ShouldBe(string.Empty);
        arguments["yes"].ShouldBeOfType<BooleanValueNode>().Value.ShouldBeTrue();
        arguments["no"].ShouldBeOfType<BooleanValueNode>().Value.ShouldBeFalse();
        arguments["nothing"].ShouldBeOfType<NullValueNode>();
        arguments["enum"].ShouldBeOfType<EnumValueNode>().Value.ShouldBe("SECONDMENT");
        arguments["list"].ShouldBeOfType<ListValueNode>().Values.Count.ShouldBe(5);
        arguments["object"].ShouldBeOfType<ObjectValueNode>().Fields.Select(f => f.Name.Value).ShouldBe(["a", "b", "c", "f"]);
        arguments["variable"].ShouldBeOfType<VariableNode>().Name.Value.ShouldBe("id");
    }

    [Theory]
    [InlineData("on")]
    [InlineData("fragment")]
    [InlineData("query")]
    [InlineData("mutation")]
    [InlineData("subscription")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("type")]
    [InlineData("extend")]
    public void Parse_KeywordAsName_IsAllowedWhereverANameIs(string keyword)
    {
        var fragmentName = keyword == "on" ? "a" : keyword;
        var text = $"query {keyword} {{ ... {fragmentName} ... on {keyword} {{ field }} }}\n"
            + $"fragment {fragmentName} on Type {{ {keyword}({keyword}: ${keyword}) @{keyword}({keyword}: {keyword}) }}";

        var document = Parser.Parse(text);

        document.Definitions[0].ShouldBeOfType<OperationDefinitionNode>().Name!.Value.ShouldBe(keyword);
        AstComparer.Equals(Parser.Parse(Printer.Print(document)), document).ShouldBeTrue();
    }

    [Theory]
    [InlineData("mutation { mutationField }", OperationType.Mutation)]
    [InlineData("subscription { subscriptionField }", OperationType.Subscription)]
    [InlineData("query { queryField }", OperationType.Query)]
    [InlineData("mutation Foo { mutationField }", OperationType.Mutation)]
    [InlineData("subscription Foo { subscriptionField }", OperationType.Subscription)]
    public void Parse_OperationKeyword_SetsOperationType(string text, OperationType operation)
    {
        Parser.Parse(text).Definitions.ShouldHaveSingleItem().ShouldBeOfType<OperationDefinitionNode>().Operation.ShouldBe(operation);
    }

    [Fact]
    public void Parse_MultiByteCharacters_KeepsThemInStrings()
    {
        var document = Parser.Parse("# This comment has a \u0A0A multi-byte character.\n{ field(arg: \"Has a \u0A0A multi-byte character.\") }");

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        field.Arguments[0].Value.ShouldBeOfType<StringValueNode>().Value.ShouldBe("Has a \u0A0A multi-byte character.");
    }

    [Fact]
    public void Parse_NoLocation_LeavesLocationsNull()
    {
        var document = Parser.Parse("{ id }", new ParserOptions { NoLocation = true });

        AstDump.Of(document).ShouldBe(
            """
            Document
              definitions[0]: OperationDefinition = Query
                selectionSet: SelectionSet
                  selections[0]: Field
                    name: Name = id
            """);
    }

    [Fact]
    public void Parse_NamedSource_ReportsLocationsInThatSource()
    {
        var source = new Source("{\n  a\n}", "schema.graphql");

        var document = Parser.Parse(source);

        var field = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        field.Location!.Source.ShouldBeSameAs(source);
        field.Location.StartLocation.ShouldBe(new SourceLocation(2, 3));
        source.Name.ShouldBe("schema.graphql");
    }

    [Fact]
    public void Parse_CommonNames_AreShared()
    {
        var first = Parser.Parse("{ id }");
        var second = Parser.Parse("{ id }");

        var a = ((FieldNode)((OperationDefinitionNode)first.Definitions[0]).SelectionSet.Selections[0]).Name.Value;
        var b = ((FieldNode)((OperationDefinitionNode)second.Definitions[0]).SelectionSet.Selections[0]).Name.Value;
        ReferenceEquals(a, b).ShouldBeTrue();
    }

    [Fact]
    public void TryParse_ValidDocument_ReturnsDocument()
    {
        Parser.TryParse("{ a }", null, out var document, out var error).ShouldBeTrue();

        document.ShouldNotBeNull();
        error.ShouldBeNull();
    }

    [Fact]
    public void TryParse_InvalidDocument_ReturnsError()
    {
        Parser.TryParse("{ a", null, out var document, out var error).ShouldBeFalse();

        document.ShouldBeNull();
        error!.Message.ShouldBe("Syntax Error: Expected Name, found <EOF>.");
        error.Locations.ShouldBe([new SourceLocation(1, 4)]);
    }

    [Fact]
    public void Parse_NullText_ThrowsArgumentNull()
    {
        Should.Throw<ArgumentNullException>(() => Parser.Parse((string)null!));
    }

    [Fact]
    public void Parse_LeafFieldWithoutArgumentsOrDirectives_HasEmptyListsAndNoAliasOrSelections()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ leaf }").Definitions[0]).SelectionSet.Selections[0];

        field.Alias.ShouldBeNull();
        field.Arguments.ShouldBeEmpty();
        field.Directives.ShouldBeEmpty();
        field.SelectionSet.ShouldBeNull();
    }

    [Fact]
    public void Parse_FieldWithEveryPart_KeepsEachPart()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a: f(x: 1) @d { g } }").Definitions[0]).SelectionSet.Selections[0];

        field.Alias!.Value.ShouldBe("a");
        field.Name.Value.ShouldBe("f");
        field.Arguments.Single().Name.Value.ShouldBe("x");
        field.Directives.Single().Name.Value.ShouldBe("d");
        field.SelectionSet!.Selections.Count.ShouldBe(1);
    }
}
