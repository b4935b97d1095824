using Cpd.GraphQL.Language;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Tests.Utilities;

public sealed class AstFromValueTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.New().AddDocumentFromString("""
        enum Color { RED GREEN }
        input Filter { colors: [Color!] limit: Int! text: String }
        type Query { f(filter: Filter, ratio: Float, id: ID): Int }
        """).Build();

    private static string Print(object? value, string type) =>
        AstFromValue.FromValue(value, (IInputType)TypeFromAst.GetType(Schema, Parser.ParseType(type))!) is { } node ? Printer.Print(node) : "<none>";

    [Fact]
    public void FromValue_Scalars_UseTheirLiteralForms()
    {
        Print(3, "Int").ShouldBe("3");
        Print(1.5, "Float").ShouldBe("1.5");
        Print(2.0, "Float").ShouldBe("2");
        Print("hi", "String").ShouldBe("\"hi\"");
        Print("123", "ID").ShouldBe("123");
        Print(true, "Boolean").ShouldBe("true");
        Print(null, "Int").ShouldBe("null");
        Print(null, "Int!").ShouldBe("<none>");
    }

    [Fact]
    public void FromValue_InputObjectFromDictionary_PrintsKnownFieldsInOrder()
    {
        var value = new Dictionary<string, object?> { ["limit"] = 5, ["colors"] = new object?[] { "RED" }, ["unknown"] = 1 };
        Print(value, "Filter").ShouldBe("{ colors: [RED], limit: 5 }");
    }

    [Fact]
    public void FromValue_SingleItemForList_IsNotWrapped() => Print("GREEN", "[Color]").ShouldBe("GREEN");

    [Fact]
    public void FromUntypedValue_NestedStructures_BecomeLiterals()
    {
        var node = AstFromValue.FromUntypedValue(new Dictionary<string, object?> { ["a"] = new object?[] { 1, 2.5, "x", null, false } });
        Printer.Print(node!).ShouldBe("{ a: [1, 2.5, \"x\", null, false] }");
    }

    [Fact]
    public void ValueFromAst_RoundTripsPrintedDefaults()
    {
        var filter = (IInputType)Schema.GetType("Filter")!;
        ValueFromAst.TryGetValue(Parser.ParseValue("{limit: 2, colors: RED}"), filter, null, out var value).ShouldBeTrue();
        Printer.Print(AstFromValue.FromValue(value, filter)!).ShouldBe("{ colors: [RED], limit: 2 }");
    }
}
