using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

public sealed partial class ParserTests
{
    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    // "{ a { a ... { a } ... } }" with `depth` selection sets.
    private static string NestedSelections(int depth) => Repeat("{ a ", depth - 1) + "{ a }" + Repeat(" }", depth - 1);

    [Fact]
    public void Parse_TokensAtLimit_Parses()
    {
        Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 3 }).Definitions.Count.ShouldBe(1);
    }

    [Fact]
    public void Parse_TokensOverLimit_ThrowsAtTheFirstTokenTooMany()
    {
        ShouldFailToParse("{ foo }", "Document contains more than 2 tokens. Parsing aborted.", 1, 7, new ParserOptions { MaxTokens = 2 });
        ShouldFailToParse(
            "{ foo(bar: \"baz\") }",
            "Document contains more than 7 tokens. Parsing aborted.",
            1,
            19,
            new ParserOptions { MaxTokens = 7 });
    }

    [Fact]
    public void Parse_CommentsAndCommas_DoNotCountAsTokens()
    {
        Parser.Parse("# comment\n{ foo,,, }", new ParserOptions { MaxTokens = 3 }).Definitions.Count.ShouldBe(1);
    }

    [Fact]
    public void Parse_LengthAtLimit_Parses()
    {
        Parser.Parse("{ foo }", new ParserOptions { MaxDocumentLength = 7 }).Definitions.Count.ShouldBe(1);
    }

    [Fact]
    public void Parse_LengthOverLimit_Throws()
    {
        ShouldFailToParse("{ foo }", "Source contains more than 6 UTF-16 code units. Parsing aborted.", 1, 7, new ParserOptions { MaxDocumentLength = 6 });
    }

    [Fact]
    public void Parse_SelectionSetsAtDepthLimit_Parses()
    {
        var document = Parser.Parse(NestedSelections(5), new ParserOptions { MaxDepth = 5 });

        Printer.Print(document).Split('\n').Length.ShouldBe(11);
    }

    [Fact]
    public void Parse_SelectionSetsOverDepthLimit_Throws()
    {
        ShouldFailToParse(NestedSelections(6), "Document is nested deeper than 5 levels. Parsing aborted.", 1, 21, new ParserOptions { MaxDepth = 5 });
    }

    [Theory]
    [InlineData("{ f(a: [[1]]) }", "{ f(a: [[[1]]]) }", 1, 10)]
    [InlineData("{ f(a: {a: {b: 1}}) }", "{ f(a: {a: {b: {c: 1}}}) }", 1, 16)]
    [InlineData("query($a: [[[Int]]] = [[[1]]]) { f }", "query($a: [[[[Int]]]]) { f }", 1, 14)]
    [InlineData("type T { f(a: [[[Int!]!]!] = [[[1]]]): [[[Int]]] }", "type T { f: [[[[Int]]]] }", 1, 16)]
    public void Parse_ValuesAndTypesAtDepthLimit_ParseAndOneMoreThrows(string atLimit, string overLimit, int line, int column)
    {
        // Inside a selection set, the selection set counts as one level; variables and SDL are outside any.
        var options = new ParserOptions { MaxDepth = 3 };

        Should.NotThrow(() => Parser.Parse(atLimit, options));
        ShouldFailToParse(overLimit, "Document is nested deeper than 3 levels. Parsing aborted.", line, column, options);
    }

    [Fact]
    public void ParseType_ListTypesOverDepthLimit_Throws()
    {
        var options = new ParserOptions { MaxDepth = 2 };

        Parser.ParseType("[[Int]]", options).ShouldBeOfType<ListTypeNode>();
        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.ParseType("[[[Int]]]", options));
        exception.Location.ShouldBe(new SourceLocation(1, 3));
    }

    [Fact]
    public void Parse_DefaultOptions_AcceptTheIntrospectionQuery()
    {
        var document = Parser.Parse(IntrospectionQuery);

        document.Definitions.Count.ShouldBe(4);
    }

    [Fact]
    public void Parse_DefaultDepthLimit_Allows128AndRejects129()
    {
        Should.NotThrow(() => Parser.Parse(NestedSelections(128)));
        ShouldFailToParse(NestedSelections(129), "Document is nested deeper than 128 levels. Parsing aborted.", 1, 4 * 128 + 1);
    }

    [Fact]
    public void ParserOptions_NegativeLimit_IsRejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = -1 });
        Should.Throw<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = -1 });
        Should.Throw<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDocumentLength = -1 });
    }

    [Fact]
    public void ParserOptions_Defaults_AreDocumentedValues()
    {
        var options = ParserOptions.Default;

        (options.MaxDocumentLength, options.MaxTokens, options.MaxDepth, options.NoLocation, options.AllowEmptySelectionSets)
            .ShouldBe((4 * 1024 * 1024, 1_000_000, 128, false, false));
    }

    [Fact]
    public void Parse_EmptySelectionSetWhenAllowed_ParsesAndPrintsBraces()
    {
        var options = new ParserOptions { AllowEmptySelectionSets = true };

        var document = Parser.Parse("{ viewer { } }", options);

        Printer.Print(document).ShouldBe("{\n  viewer {}\n}");
        AstComparer.Equals(Parser.Parse(Printer.Print(document), options), document).ShouldBeTrue();
    }

    private const string IntrospectionQuery =
        """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    [Fact]
    public void Parse_MoreItemsThanTheListStackFirstHolds_KeepsThemAllInOrder()
    {
        var names = Enumerable.Range(0, 300).Select(i => "f" + i).ToArray();

        var document = Parser.Parse("{ " + string.Join(" ", names) + " }");

        ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections
            .Select(selection => ((FieldNode)selection).Name.Value)
            .ShouldBe(names);
    }

    [Fact]
    public void Parse_AfterADocumentFailedMidList_ParsesTheNextDocumentWhole()
    {
        // The failed parse leaves items on its list stack; the next parse must not see them.
        Should.Throw<GraphQLSyntaxException>(() => Parser.Parse("{ a b c(x: [1, 2, 3 }"));

        var document = Parser.Parse("{ d(y: [4, 5]) }");

        Printer.Print(document).ShouldBe("{\n  d(y: [4, 5])\n}");
    }
}
