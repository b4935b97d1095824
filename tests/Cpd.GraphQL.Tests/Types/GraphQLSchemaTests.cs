using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Types;

public sealed class GraphQLSchemaTests
{
    private static (GraphQLSchema Schema, InterfaceType Pet, ObjectType Dog, ObjectType Cat, UnionType Union) BuildPets()
    {
        InterfaceType pet = null!;
        pet = new InterfaceType("Pet", [new OutputField("name", ScalarType.String)]);
        var dog = new ObjectType("Dog", [new OutputField("name", ScalarType.String), new OutputField("barks", ScalarType.Boolean)], [pet]);
        var cat = new ObjectType("Cat", [new OutputField("name", ScalarType.String)], [pet]);
        var union = new UnionType("CatOrDog", [cat, dog]);
        var query = new ObjectType("Query", () =>
        [
            new OutputField("pet", pet),
            new OutputField("catOrDog", union),
            new OutputField("dog", dog, arguments: [new Argument("id", new NonNullType(ScalarType.ID))]),
        ]);
        return (new GraphQLSchema(query, types: [dog, cat]), pet, dog, cat, union);
    }

    [Fact]
    public void Constructor_ProgrammaticTypes_CollectsTypesInGraphQLJsOrder()
    {
        var (schema, _, _, _, _) = BuildPets();
        schema.Types.Select(t => t.Name).ShouldBe(
        [
            "Dog", "Pet", "String", "Boolean", "Cat", "Query", "CatOrDog", "ID",
            "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
        ]);
    }

    [Fact]
    public void GetPossibleTypes_InterfaceAndUnion_ReturnImplementationsAndMembers()
    {
        var (schema, pet, dog, cat, union) = BuildPets();
        schema.GetPossibleTypes(pet).ShouldBe([dog, cat]);
        schema.GetPossibleTypes(union).ShouldBe([cat, dog]);
        schema.IsSubType(pet, dog).ShouldBeTrue();
        schema.IsSubType(union, schema.QueryType).ShouldBeFalse();
    }

    [Fact]
    public void GetType_And_GetDirective_LookUpByName()
    {
        var (schema, _, dog, _, _) = BuildPets();
        schema.GetType("Dog").ShouldBeSameAs(dog);
        schema.GetType("Nope").ShouldBeNull();
        schema.GetDirective("include").ShouldBeSameAs(DirectiveType.Include);
        schema.Directives.Select(d => d.Name).ShouldBe(["include", "skip", "deprecated", "specifiedBy", "oneOf"]);
        schema.GetRootType(OperationType.Query).ShouldBeSameAs(schema.QueryType);
        schema.GetRootType(OperationType.Mutation).ShouldBeNull();
    }

    [Fact]
    public void Fields_LookupByName_FindsFieldAndKeepsOrder()
    {
        var (schema, _, _, _, _) = BuildPets();
        schema.QueryType.Fields.Names.ShouldBe(["pet", "catOrDog", "dog"]);
        schema.QueryType.Fields["dog"].Arguments["id"].Type.ToString().ShouldBe("ID!");
        schema.QueryType.Fields.TryGetField("missing", out _).ShouldBeFalse();
    }

    [Fact]
    public void Constructor_FieldWithoutResolver_GetsDefaultResolverReadingDictionaries()
    {
        var (schema, _, dog, _, _) = BuildPets();
        var field = dog.Fields["name"];
        field.Resolver.ShouldNotBeNull();
        field.PureResolver!(new Dictionary<string, object?> { ["name"] = "Rex" }).ShouldBe("Rex");
        field.PureResolver!(new { Name = "Tom" }).ShouldBe("Tom");
    }

    [Fact]
    public void Constructor_InvalidTypeSystem_ThrowsWithEveryError()
    {
        var empty = new ObjectType("Empty", []);
        var iface = new InterfaceType("Named", [new OutputField("name", new NonNullType(ScalarType.String))]);
        var wrong = new ObjectType("Wrong", [new OutputField("name", ScalarType.String)], [iface]);
        var query = new ObjectType("Query", [new OutputField("empty", empty), new OutputField("__bad", ScalarType.String), new OutputField("wrong", wrong)]);

        var ex = Should.Throw<SchemaValidationException>(() => new GraphQLSchema(query));

        ex.Errors.Select(e => e.Message).ShouldBe(
        [
            "Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Type Empty must define one or more fields.",
            "Interface field Named.name expects type String! but Wrong.name is type String.",
        ]);
    }
}
