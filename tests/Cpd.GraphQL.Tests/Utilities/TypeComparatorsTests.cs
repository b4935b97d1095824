using Cpd.GraphQL.Language;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Tests.Utilities;

public sealed class TypeComparatorsTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.New().AddDocumentFromString("""
        interface Node { id: ID! }
        interface Pet implements Node { id: ID! name: String }
        type Dog implements Pet & Node { id: ID! name: String }
        type Cat implements Pet & Node { id: ID! name: String }
        type Human implements Node { id: ID! }
        union CatOrDog = Cat | Dog
        union HumanOnly = Human
        type Query { node: Node count: Int }
        """).Build();

    private static IType T(string reference) => TypeFromAst.GetType(Schema, Parser.ParseType(reference))!;

    private static INamedType N(string name) => Schema.GetType(name)!;

    [Theory]
    [InlineData("Int", "Int", true)]
    [InlineData("[Int!]", "[Int!]", true)]
    [InlineData("[Int]", "[Int!]", false)]
    [InlineData("Int!", "Int", false)]
    [InlineData("Dog", "Cat", false)]
    public void IsEqualType_ComparesStructurally(string a, string b, bool expected) =>
        TypeComparators.IsEqualType(T(a), T(b)).ShouldBe(expected);

    [Theory]
    [InlineData("Dog", "Pet", true)]
    [InlineData("Dog!", "Pet", true)]
    [InlineData("Dog", "Pet!", false)]
    [InlineData("[Dog!]!", "[Pet]", true)]
    [InlineData("[Dog]", "Pet", false)]
    [InlineData("Pet", "Node", true)]
    [InlineData("Human", "Pet", false)]
    [InlineData("Dog", "CatOrDog", true)]
    [InlineData("Pet", "Dog", false)]
    public void IsTypeSubTypeOf_CovariantRules(string sub, string super, bool expected) =>
        TypeComparators.IsTypeSubTypeOf(Schema, T(sub), T(super)).ShouldBe(expected);

    [Theory]
    [InlineData("Pet", "CatOrDog", true)]
    [InlineData("HumanOnly", "Pet", false)]
    [InlineData("Node", "HumanOnly", true)]
    [InlineData("Dog", "Cat", false)]
    [InlineData("Dog", "Dog", true)]
    [InlineData("Cat", "Pet", true)]
    public void DoTypesOverlap_IsCommutative(string a, string b, bool expected)
    {
        TypeComparators.DoTypesOverlap(Schema, N(a), N(b)).ShouldBe(expected);
        TypeComparators.DoTypesOverlap(Schema, N(b), N(a)).ShouldBe(expected);
    }

    [Fact]
    public void TypeFromAst_UnknownName_ReturnsNull() =>
        TypeFromAst.GetType(Schema, Parser.ParseType("[Unknown!]")).ShouldBeNull();

    [Fact]
    public void GetImplementations_InterfaceImplementingInterface_ListsBoth()
    {
        var implementations = Schema.GetImplementations((InterfaceType)N("Node"));
        implementations.Objects.Select(o => o.Name).ShouldBe(["Dog", "Cat", "Human"]);
        implementations.Interfaces.Select(i => i.Name).ShouldBe(["Pet"]);
        Schema.IsSubType((InterfaceType)N("Node"), N("Pet")).ShouldBeTrue();
    }
}
