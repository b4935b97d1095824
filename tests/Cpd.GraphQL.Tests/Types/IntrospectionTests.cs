using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Types;

public sealed class IntrospectionTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.New().AddDocumentFromString(TestFiles.ReadSchema("KitchenSink.graphql")).Build();

    private static Task<object?> Resolve(ObjectType type, string field, object? source, bool? includeDeprecated = null)
    {
        var args = includeDeprecated is { } flag ? new Dictionary<string, object?> { ["includeDeprecated"] = flag } : null;
        var context = new TestResolverContext(Schema, type, type.Fields[field])
        {
            Source = source,
            Arguments = args ?? new Dictionary<string, object?> { ["includeDeprecated"] = false },
        };
        return type.Fields[field].Resolver(context).AsTask();
    }

    [Fact]
    public void Schema_IncludesIntrospectionTypesAndTheirFields()
    {
        foreach (var name in (string[])["__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation"])
        {
            Schema.GetType(name).ShouldNotBeNull(name);
        }

        Introspection.TypeType.Fields.Names.ShouldBe(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"]);
        Introspection.SchemaField.Type.ToString().ShouldBe("__Schema!");
        Introspection.TypeField.Arguments["name"].Type.ToString().ShouldBe("String!");
        Introspection.TypeNameField.Type.ToString().ShouldBe("String!");
    }

    [Fact]
    public async Task TypeFields_WithoutIncludeDeprecated_OmitDeprecatedFields()
    {
        var book = Schema.GetType("Book")!;
        var active = (IEnumerable<OutputField>)(await Resolve(Introspection.TypeType, "fields", book))!;
        var all = (IEnumerable<OutputField>)(await Resolve(Introspection.TypeType, "fields", book, includeDeprecated: true))!;

        active.Select(f => f.Name).ShouldBe(["id", "title", "published", "identifiers", "author"]);
        all.Select(f => f.Name).ShouldBe(["id", "title", "published", "isbn", "identifiers", "author", "rating"]);
    }

    [Fact]
    public async Task EnumValuesAndInputFields_FilterDeprecated()
    {
        var kinds = (IEnumerable<EnumValue>)(await Resolve(Introspection.TypeType, "enumValues", Schema.GetType("WorkKind")))!;
        kinds.Select(v => v.Name).ShouldBe(["BOOK", "MAGAZINE", "JOURNAL"]);
        var inputs = (IEnumerable<InputField>)(await Resolve(Introspection.TypeType, "inputFields", Schema.GetType("WorkFilter")))!;
        inputs.Select(v => v.Name).ShouldBe(["kinds", "publishedAfter", "text", "range", "authorName"]);
        (await Resolve(Introspection.TypeType, "enumValues", Schema.GetType("Book"))).ShouldBeNull();
    }

    [Fact]
    public async Task TypeKindNameAndWrappers_DescribeTypes()
    {
        var listOfBooks = new NonNullType(new ListType(Schema.GetType("Book")!));
        (await Resolve(Introspection.TypeType, "kind", listOfBooks)).ShouldBe(TypeKind.NonNull);
        (await Resolve(Introspection.TypeType, "name", listOfBooks)).ShouldBeNull();
        (await Resolve(Introspection.TypeType, "ofType", listOfBooks)).ShouldBeOfType<ListType>();
        Introspection.TypeKindType.Serialize(TypeKind.InputObject).ShouldBe("INPUT_OBJECT");
        Introspection.DirectiveLocationType.Serialize(DirectiveLocation.FieldDefinition).ShouldBe("FIELD_DEFINITION");
    }

    [Fact]
    public async Task ScalarAndInputObjectDetails_AreExposed()
    {
        (await Resolve(Introspection.TypeType, "specifiedByURL", Schema.GetType("Date"))).ShouldBe("https://tools.ietf.org/html/rfc3339");
        (await Resolve(Introspection.TypeType, "isOneOf", Schema.GetType("IdentifierInput"))).ShouldBe(true);
        (await Resolve(Introspection.TypeType, "isOneOf", Schema.GetType("WorkFilter"))).ShouldBe(false);
        (await Resolve(Introspection.TypeType, "isOneOf", Schema.GetType("Book"))).ShouldBeNull();
    }

    [Fact]
    public async Task PossibleTypes_ForAbstractTypes_ComeFromTheSchema()
    {
        var work = (IEnumerable<ObjectType>)(await Resolve(Introspection.TypeType, "possibleTypes", Schema.GetType("Work")))!;
        work.Select(t => t.Name).ShouldBe(["Book", "Magazine"]);
        var search = (IEnumerable<ObjectType>)(await Resolve(Introspection.TypeType, "possibleTypes", Schema.GetType("SearchResult")))!;
        search.Select(t => t.Name).ShouldBe(["Book", "Magazine", "Author", "Identifier"]);
    }

    [Fact]
    public async Task InputValueDefaultValue_IsPrintedAsGraphQL()
    {
        var range = ((InputObjectType)Schema.GetType("WorkFilter")!).Fields["range"];
        (await Resolve(Introspection.InputValueType, "defaultValue", range)).ShouldBe("{ from: 1, to: 10 }");
        var after = ((ObjectType)Schema.GetType("Author")!).Fields["works"].Arguments["after"];
        (await Resolve(Introspection.InputValueType, "defaultValue", after)).ShouldBeNull();
    }

    [Fact]
    public async Task Directive_ExposesLocationsRepeatableAndArguments()
    {
        var cost = Schema.GetDirective("cost")!;
        (await Resolve(Introspection.DirectiveType, "isRepeatable", cost)).ShouldBe(true);
        ((IEnumerable<DirectiveLocation>)(await Resolve(Introspection.DirectiveType, "locations", cost))!).ShouldBe([DirectiveLocation.FieldDefinition, DirectiveLocation.Object]);
        ((IEnumerable<Argument>)(await Resolve(Introspection.DirectiveType, "args", cost))!).Select(a => a.Name).ShouldBe(["weight", "tags"]);
    }

    [Fact]
    public async Task MetaFields_ResolveSchemaTypeAndTypeName()
    {
        var query = Schema.QueryType;
        (await Introspection.SchemaField.Resolver(new TestResolverContext(Schema, query, Introspection.SchemaField))).ShouldBeSameAs(Schema);
        var typeContext = new TestResolverContext(Schema, query, Introspection.TypeField) { Arguments = new Dictionary<string, object?> { ["name"] = "Book" } };
        (await Introspection.TypeField.Resolver(typeContext)).ShouldBeSameAs(Schema.GetType("Book"));
        (await Introspection.TypeNameField.Resolver(new TestResolverContext(Schema, query, Introspection.TypeNameField))).ShouldBe("LibraryQuery");
    }
}
