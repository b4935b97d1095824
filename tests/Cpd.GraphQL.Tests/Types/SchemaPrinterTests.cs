using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    private static GraphQLSchema KitchenSink() => SchemaBuilder.New().AddDocumentFromString(TestFiles.ReadSchema("KitchenSink.graphql")).Build();

    [Fact]
    public void Print_KitchenSink_MatchesGraphQLJsOutput() =>
        SchemaPrinter.Print(KitchenSink()).ShouldBe(TestFiles.ReadSnapshot("KitchenSink.printed.graphql"));

    [Fact]
    public void Print_PrintedSchemaRebuilt_PrintsTheSame()
    {
        var printed = SchemaPrinter.Print(KitchenSink());
        var rebuilt = SchemaBuilder.New().AddDocumentFromString(printed).Build();
        SchemaPrinter.Print(rebuilt).ShouldBe(printed);
    }

    [Fact]
    public void Print_DefaultRootNames_OmitsSchemaDefinition()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("type Query { a: Int } type Mutation { b: Int }").Build();
        SchemaPrinter.Print(schema).ShouldBe("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}");
    }

    [Fact]
    public void Print_DefaultNameUsedForOtherPurpose_PrintsSchemaDefinition()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("schema { query: Root } type Root { q: Query } type Query { a: Int }").Build();
        SchemaPrinter.Print(schema).ShouldStartWith("schema {\n  query: Root\n}\n\n");
    }

    // The snapshot is graphql-js 17.1.0's output without what the September 2025 specification does not have:
    // the FRAGMENT_VARIABLE_DEFINITION and DIRECTIVE_DEFINITION locations, and directive deprecation
    // (__Directive.isDeprecated/deprecationReason, __Schema.directives(includeDeprecated:)).
    [Fact]
    public void PrintIntrospectionSchema_MatchesGraphQLJsOutput() =>
        SchemaPrinter.PrintIntrospectionSchema(SchemaBuilder.New().AddDocumentFromString("type Query { a: Int }").Build())
            .ShouldBe(TestFiles.ReadSnapshot("Introspection.printed.graphql"));

    [Fact]
    public void PrintIntrospectionSchema_PrintsSpecifiedDirectivesAndIntrospectionTypes()
    {
        var text = SchemaPrinter.PrintIntrospectionSchema(SchemaBuilder.New().AddDocumentFromString("type Query { a: Int }").Build());
        text.ShouldContain("directive @deprecated(\n  \"\"\"\n  Explains why this element was deprecated");
        text.ShouldContain("  reason: String! = \"No longer supported\"\n) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE");
        text.ShouldContain("type __Type {");
        text.ShouldContain("  fields(includeDeprecated: Boolean! = false): [__Field!]");
        text.ShouldContain("directive @oneOf on INPUT_OBJECT");
    }
}
