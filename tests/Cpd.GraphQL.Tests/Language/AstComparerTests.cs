using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

public sealed class AstComparerTests
{
    [Fact]
    public void Equals_SameDocumentParsedTwice_IsTrue()
    {
        AstComparer.Equals(Parser.Parse(TestDocuments.KitchenSink), Parser.Parse(TestDocuments.KitchenSink)).ShouldBeTrue();
    }

    [Fact]
    public void Equals_DifferentLayoutAndLocations_IsTrue()
    {
        AstComparer.Equals(Parser.Parse("{a,b}"), Parser.Parse("\n\n{ a\n  b }", new ParserOptions { NoLocation = true })).ShouldBeTrue();
    }

    [Theory]
    [InlineData("{ a }", "{ b }", "$.definitions[0].selectionSet.selections[0].name: a vs b")]
    [InlineData("{ a }", "{ a b }", "$.definitions[0].selectionSet: 1 children vs 2")]
    [InlineData("{ a(x: 1) }", "{ a(x: 1.0) }", "$.definitions[0].selectionSet.selections[0].arguments[0].value: IntValue vs FloatValue")]
    [InlineData("{ a(x: \"s\") }", "{ a(x: \"\"\"s\"\"\") }", "$.definitions[0].selectionSet.selections[0].arguments[0].value: \"s\" vs \"\"\"s\"\"\"")]
    [InlineData("{ a: b }", "{ b }", "$.definitions[0].selectionSet.selections[0]: 2 children vs 1")]
    [InlineData("query { a }", "mutation { a }", "$.definitions[0]: {\n  a\n} vs mutation {\n  a\n}")]
    [InlineData("directive @d on FIELD", "directive @d repeatable on FIELD", "$.definitions[0]: directive @d on FIELD vs directive @d repeatable on FIELD")]
    public void FindDifference_DifferentTrees_DescribesTheFirstDifference(string left, string right, string difference)
    {
        var x = Parser.Parse(left);
        var y = Parser.Parse(right);

        AstComparer.FindDifference(x, y).ShouldBe(difference);
        AstComparer.Equals(x, y).ShouldBeFalse();
    }

    [Fact]
    public void Equals_Nulls_AreEqualOnlyToNull()
    {
        AstComparer.Equals(null, null).ShouldBeTrue();
        AstComparer.Equals(new NameNode("a"), null).ShouldBeFalse();
    }

    [Fact]
    public void Equals_DeepTree_DoesNotRecurse()
    {
        AstComparer.Equals(DeepList(100_000, "x"), DeepList(100_000, "x")).ShouldBeTrue();
        AstComparer.Equals(DeepList(100_000, "x"), DeepList(100_000, "y")).ShouldBeFalse();
    }

    internal static ValueNode DeepList(int depth, string innermost)
    {
        ValueNode value = new EnumValueNode(innermost);
        for (var i = 0; i < depth; i++)
        {
            value = new ListValueNode([value]);
        }

        return value;
    }
}
