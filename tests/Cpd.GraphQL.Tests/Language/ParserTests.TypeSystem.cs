using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

public sealed partial class ParserTests
{
    [Fact]
    public void Parse_SchemaKitchenSink_ParsesEveryDefinitionKind()
    {
        var document = Parser.Parse(TestDocuments.SchemaKitchenSink);

        var kinds = document.Definitions.Select(d => d.Kind).Distinct().Order().ToList();
        kinds.ShouldBe(
        [
            NodeKind.SchemaDefinition, NodeKind.ScalarTypeDefinition, NodeKind.ObjectTypeDefinition,
            NodeKind.InterfaceTypeDefinition, NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition,
            NodeKind.InputObjectTypeDefinition, NodeKind.DirectiveDefinition, NodeKind.SchemaExtension,
            NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension,
            NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension,
        ]);
        document.Definitions.Count.ShouldBe(36);
    }

    [Fact]
    public void Parse_SchemaKitchenSink_KeepsDescriptionsAndInterfaces()
    {
        var document = Parser.Parse(TestDocuments.SchemaKitchenSink);
        var types = document.Definitions.OfType<TypeDefinitionNode>().ToDictionary(t => t.Name.Value);

        var member = types["Member"].ShouldBeOfType<ObjectTypeDefinitionNode>();
        member.Description!.Value.ShouldBe("A member of the profession.\n\nMembers own their career record.");
        member.Interfaces.Select(i => i.Name.Value).ShouldBe(["Node", "Actor"]);
        member.Fields[1].Description!.Value.ShouldBe("The display name, as the member chose it.");
        member.Fields[2].Arguments[0].Description!.Value.ShouldBe("How many to return.");
        var actor = types["Actor"].ShouldBeOfType<InterfaceTypeDefinitionNode>();
        actor.Interfaces.ShouldHaveSingleItem().Name.Value.ShouldBe("Node");
        types["Feed"].ShouldBeOfType<UnionTypeDefinitionNode>().Types.Select(t => t.Name.Value).ShouldBe(["Secondment", "Shadowing", "JointWork"]);
        types["Undecided"].ShouldBeOfType<UnionTypeDefinitionNode>().Types.ShouldBeEmpty();
        types["Query"].ShouldBeOfType<ObjectTypeDefinitionNode>().Fields.ShouldBeEmpty();
        types["Empty"].ShouldBeOfType<EnumTypeDefinitionNode>().Values.ShouldBeEmpty();
        types["Nothing"].ShouldBeOfType<InputObjectTypeDefinitionNode>().Fields.ShouldBeEmpty();
        var tag = document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "tag");
        tag.Repeatable.ShouldBeTrue();
        tag.Locations.Select(l => l.Value).ShouldBe(["OBJECT", "FIELD_DEFINITION", "INTERFACE"]);
        document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "onEveryLocation").Locations.Count.ShouldBe(19);
    }

    [Fact]
    public void Parse_ObjectTypeWithArguments_CreatesTreeWithLocations()
    {
        var document = Parser.Parse("\"d\" type Hello implements & A & B @x { world(flag: Boolean = true @y): [String!]! }");

        AstDump.Of(document).ShouldBe(
            """
            Document 0..83
              definitions[0]: ObjectTypeDefinition 0..83
                description: StringValue 0..3 = d
                name: Name 9..14 = Hello
                interfaces[0]: NamedType 28..29
                  name: Name 28..29 = A
                interfaces[1]: NamedType 32..33
                  name: Name 32..33 = B
                directives[0]: Directive 34..36
                  name: Name 35..36 = x
                fields[0]: FieldDefinition 39..81
                  name: Name 39..44 = world
                  arguments[0]: InputValueDefinition 45..68
                    name: Name 45..49 = flag
                    type: NamedType 51..58
                      name: Name 51..58 = Boolean
                    defaultValue: BooleanValue 61..65 = true
                    directives[0]: Directive 66..68
                      name: Name 67..68 = y
                  type: NonNullType 71..81
                    type: ListType 71..80
                      type: NonNullType 72..79
                        type: NamedType 72..78
                          name: Name 72..78 = String
            """);
    }

    [Fact]
    public void Parse_Extensions_CreateExtensionNodes()
    {
        var document = Parser.Parse(
            "extend schema @a { query: Q } extend scalar S @b extend type T implements I extend interface J @c "
            + "extend union U = V extend enum E { X } extend input In { f: Int }");

        document.Definitions.Select(d => d.Kind).ShouldBe(
        [
            NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension,
            NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension,
            NodeKind.InputObjectTypeExtension,
        ]);
        document.Definitions[0].ShouldBeOfType<SchemaExtensionNode>().OperationTypes.ShouldHaveSingleItem().Operation.ShouldBe(OperationType.Query);
        document.Definitions[2].ShouldBeOfType<ObjectTypeExtensionNode>().Interfaces.ShouldHaveSingleItem().Name.Value.ShouldBe("I");
    }

    [Fact]
    public void Parse_SchemaDefinition_ReadsOperationTypes()
    {
        var schema = Parser.Parse("schema { query: Q mutation: M subscription: S }").Definitions[0].ShouldBeOfType<SchemaDefinitionNode>();

        schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)).ShouldBe(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")]);
    }

    [Theory]
    [InlineData("type Hello { world }", "Expected \":\", found \"}\".", 1, 20)]
    [InlineData("type Hello {}", "Expected Name, found \"}\".", 1, 13)]
    [InlineData("type Hello implements { a: Int }", "Expected Name, found \"{\".", 1, 23)]
    [InlineData("type Hello implements A & { a: Int }", "Expected Name, found \"{\".", 1, 27)]
    [InlineData("type Hello implements A, B { a: Int }", "Unexpected Name \"B\".", 1, 26)]
    [InlineData("type Hello { a(): Int }", "Expected Name, found \")\".", 1, 16)]
    [InlineData("type Hello { a(b: Int = $c): Int }", "Unexpected variable \"$c\" in constant value.", 1, 25)]
    [InlineData("type Hello @d(a: $v) { a: Int }", "Unexpected variable \"$v\" in constant value.", 1, 18)]
    [InlineData("type", "Expected Name, found <EOF>.", 1, 5)]
    [InlineData("scalar", "Expected Name, found <EOF>.", 1, 7)]
    [InlineData("union Hello = || Wo | Rld", "Expected Name, found \"|\".", 1, 16)]
    [InlineData("union Hello = | Wo | Rld |", "Expected Name, found <EOF>.", 1, 27)]
    [InlineData("union Hello = Wo Rld", "Unexpected Name \"Rld\".", 1, 18)]
    [InlineData("union Hello =", "Expected Name, found <EOF>.", 1, 14)]
    [InlineData("input Hello { world(foo: Int): String }", "Expected \":\", found \"(\".", 1, 20)]
    [InlineData("input Hello {}", "Expected Name, found \"}\".", 1, 14)]
    [InlineData("enum Hello {}", "Expected Name, found \"}\".", 1, 13)]
    [InlineData("enum Test { VALID, true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 20)]
    [InlineData("enum Test { VALID, false }", "Name \"false\" is reserved and cannot be used for an enum value.", 1, 20)]
    [InlineData("enum Test { VALID, null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 20)]
    [InlineData("enum Test { 1 }", "Expected Name, found Int \"1\".", 1, 13)]
    [InlineData("directive @foo on FIELD | INCORRECT_LOCATION", "Unexpected Name \"INCORRECT_LOCATION\".", 1, 27)]
    [InlineData("directive @foo on field", "Unexpected Name \"field\".", 1, 19)]
    [InlineData("directive @foo on", "Expected Name, found <EOF>.", 1, 18)]
    [InlineData("directive @foo", "Expected \"on\", found <EOF>.", 1, 15)]
    [InlineData("directive foo on FIELD", "Expected \"@\", found Name \"foo\".", 1, 11)]
    [InlineData("directive @foo repeatable repeatable on FIELD", "Expected \"on\", found Name \"repeatable\".", 1, 27)]
    [InlineData("directive @foo() on FIELD", "Expected Name, found \")\".", 1, 16)]
    [InlineData("schema {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema { query Q }", "Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("schema { blah: Q }", "Unexpected Name \"blah\".", 1, 10)]
    [InlineData("schema @d", "Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema {}", "Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type Hello", "Unexpected <EOF>.", 1, 18)]
    [InlineData("extend type Hello {}", "Expected Name, found \"}\".", 1, 20)]
    [InlineData("extend interface Hello", "Unexpected <EOF>.", 1, 23)]
    [InlineData("extend union Hello", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend enum Hello", "Unexpected <EOF>.", 1, 18)]
    [InlineData("extend input Hello", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend unknown Hello", "Unexpected Name \"unknown\".", 1, 8)]
    [InlineData("extend \"d\" type Hello", "Unexpected String \"d\".", 1, 8)]
    [InlineData("extend", "Unexpected <EOF>.", 1, 7)]
    [InlineData("\"d\" extend type Hello @a", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("type Hello { \"d\" }", "Expected Name, found \"}\".", 1, 18)]
    [InlineData("type Hello { a: Int } extend", "Unexpected <EOF>.", 1, 29)]
    public void Parse_InvalidTypeSystemDocument_ThrowsSyntaxError(string text, string message, int line, int column)
    {
        ShouldFailToParse(text, message, line, column);
    }

    [Theory]
    [InlineData("type Hello { world: String }")]
    [InlineData("type Hello implements World { field: String }")]
    [InlineData("type Hello implements Wo & rld { field: String }")]
    [InlineData("type Hello implements & Wo & rld { field: String }")]
    [InlineData("interface Hello implements Wo & rld { field: String }")]
    [InlineData("union Hello = | Wo | Rld")]
    [InlineData("union Hello @d")]
    [InlineData("scalar Hello @a @b(x: [1, { y: ENUM }])")]
    [InlineData("directive @foo(arg: Boolean) repeatable on | FIELD | OBJECT")]
    [InlineData("input Hello { world: String = \"default\" @deprecated }")]
    [InlineData("enum Hello { \"\"\"described\"\"\" WORLD @d, OTHER }")]
    [InlineData("\"\"\"schema\"\"\" schema @d { query: Query }")]
    [InlineData("extend schema @d")]
    [InlineData("extend type Hello implements World")]
    [InlineData("extend interface Hello { a: Int }")]
    [InlineData("extend union Hello = A")]
    [InlineData("extend enum Hello @d")]
    [InlineData("extend input Hello @d")]
    [InlineData("type Hello\ntype World")]
    public void Parse_ValidTypeSystemDocument_RoundTripsThroughPrinter(string text)
    {
        var document = Parser.Parse(text);

        AstComparer.FindDifference(Parser.Parse(Printer.Print(document)), document).ShouldBeNull();
    }
}
