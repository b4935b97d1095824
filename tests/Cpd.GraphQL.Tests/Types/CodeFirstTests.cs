using Cpd.GraphQL.Language;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Tests.Types;

public sealed class CodeFirstTests
{
    [Fact]
    public void AddQueryType_ClrClass_InfersFieldsArgumentsNullabilityListsAndEnums()
    {
        var schema = SchemaBuilder.New().AddQueryType<LibraryQuery>().Build();

        SchemaPrinter.Print(schema).ShouldBe(
            """"
            schema {
              query: LibraryQuery
            }

            type LibraryQuery {
              hello(name: String! = "World"): String!
              book(id: ID!): Book
              books(first: Int! = 10, genre: Genre): [Book!]!
              favouriteGenre: Genre!
              title: String @deprecated(reason: "Use books.")
              renamed: Int!
              scores: [Float]
            }

            type Book {
              title: String!
              year: Int
              tags: [String!]!
              author: Author
            }

            enum Genre {
              SCIENCE_FICTION
              HISTORY

              """Poems and verse."""
              POETRY
            }

            type Author {
              name: String!
              books: [Book!]!
            }
            """");
    }

    [Fact]
    public async Task Resolver_MethodWithDefaultArgument_IsCompiledAndBindsArguments()
    {
        var schema = SchemaBuilder.New().AddQueryType<LibraryQuery>().Build();

        (await TestResolverContext.ResolveAsync(schema, "LibraryQuery", "hello")).ShouldBe("Hello, World");
        (await TestResolverContext.ResolveAsync(schema, "LibraryQuery", "hello", arguments: new Dictionary<string, object?> { ["name"] = "Ada" })).ShouldBe("Hello, Ada");
    }

    [Fact]
    public async Task Resolver_AsyncMethodWithCancellationToken_ReturnsAwaitedValue()
    {
        var schema = SchemaBuilder.New().AddQueryType<LibraryQuery>().Build();
        using var cts = new CancellationTokenSource();

        var book = await TestResolverContext.ResolveAsync(schema, "LibraryQuery", "book", arguments: new Dictionary<string, object?> { ["id"] = "2" }, cancellationToken: cts.Token);

        book.ShouldBeOfType<Book>().Title.ShouldBe("Book 2");
        LibraryQuery.LastToken.ShouldBe(cts.Token);
    }

    [Fact]
    public async Task Resolver_EnumAndListArguments_AreConvertedToClrTypes()
    {
        var schema = SchemaBuilder.New().AddQueryType<LibraryQuery>().Build();
        var args = new Dictionary<string, object?> { ["first"] = 2, ["genre"] = Genre.Poetry };

        var books = (IEnumerable<Book>)(await TestResolverContext.ResolveAsync(schema, "LibraryQuery", "books", arguments: args))!;

        books.Select(b => b.Title).ShouldBe(["Poetry 0", "Poetry 1"]);
    }

    [Fact]
    public void PureResolver_Property_ReadsWithoutContext()
    {
        var schema = SchemaBuilder.New().AddQueryType<LibraryQuery>().Build();
        var title = ((ObjectType)schema.GetType("Book")!).Fields["title"];

        title.PureResolver.ShouldNotBeNull()(new Book("Dune", 1965, [], null)).ShouldBe("Dune");
    }

    [Fact]
    public void EnumType_ClrEnum_SerializesMembersAndParsesNames()
    {
        var schema = SchemaBuilder.New().AddQueryType<LibraryQuery>().Build();
        var genre = (EnumType)schema.GetType("Genre")!;

        genre.Serialize(Genre.ScienceFiction).ShouldBe("SCIENCE_FICTION");
        genre.ParseLiteral(Parser.ParseValue("HISTORY")).ShouldBe(Genre.History);
        genre.ParseValue("POETRY").ShouldBe(Genre.Poetry);
    }

    [Fact]
    public async Task Services_ParameterMarkedService_IsTakenFromContextServices()
    {
        var schema = SchemaBuilder.New().AddQueryType<ServiceQuery>().Build();

        schema.QueryType.Fields["greeting"].Arguments.Select(a => a.Name).ShouldBe(["name"]);
        var result = await TestResolverContext.ResolveAsync(
            schema, "ServiceQuery", "greeting", arguments: new Dictionary<string, object?> { ["name"] = "Ada" }, services: new TestResolverContext.TestServices(new Greeter("Hi")));
        result.ShouldBe("Hi Ada");
    }

    [Fact]
    public async Task InputObject_Record_BindsThroughCompiledFactoryWithDefaults()
    {
        var schema = SchemaBuilder.New().AddMutationType<LibraryMutation>().AddQueryType<LibraryQuery>().Build();
        var input = (InputObjectType)schema.GetType("NewBookInput")!;

        SchemaPrinter.PrintType(input).ShouldBe("input NewBookInput {\n  title: String!\n  year: Int! = 2000\n  tags: [String!]\n}");
        ValueFromAst.TryGetValue(Parser.ParseValue("{title: \"Emma\", tags: \"novel\"}"), input, null, out var value).ShouldBeTrue();
        var book = value.ShouldBeOfType<NewBookInput>();
        (book.Title, book.Year).ShouldBe(("Emma", 2000));
        book.Tags.ShouldBe(["novel"]);

        var created = await TestResolverContext.ResolveAsync(schema, "LibraryMutation", "addBook", arguments: new Dictionary<string, object?> { ["input"] = value });
        created.ShouldBeOfType<Book>().Year.ShouldBe(2000);
    }

    [Fact]
    public void Interfaces_ClrInterfaceAndImplementations_ResolveByClrType()
    {
        var schema = SchemaBuilder.New().AddQueryType<PetQuery>().AddType<Dog>().AddType<Cat>().Build();
        var pet = (InterfaceType)schema.GetType("Pet")!;

        schema.GetPossibleTypes(pet).Select(t => t.Name).ShouldBe(["Dog", "Cat"]);
        SchemaPrinter.PrintType(pet).ShouldBe("interface Pet {\n  name: String!\n}");
        var context = new TestResolverContext(schema, schema.QueryType, schema.QueryType.Fields["pets"]);
        pet.ResolveType(new Cat("Tom"), context).ShouldBeSameAs(schema.GetType("Cat"));
        pet.ResolveType(new Dog("Rex", true), context).ShouldBeSameAs(schema.GetType("Dog"));
    }

    [Fact]
    public async Task ObjectTypeDescriptor_RenamesIgnoresDescribesAndAddsFields()
    {
        var schema = SchemaBuilder.New().AddQueryType<LibraryQuery>().AddType<BookType>().Build();

        SchemaPrinter.PrintType(schema.GetType("Volume")!).ShouldBe(
            """"
            """A book in the catalogue."""
            type Volume {
              name: String!
              year: Int @deprecated(reason: "Unknown for old books.")
              author: Author
              shout(suffix: String = "!"): String!
            }
            """");
        var shout = await TestResolverContext.ResolveAsync(schema, "Volume", "shout", source: new Book("Dune", null, [], null));
        shout.ShouldBe("DUNE!");
    }

    [Fact]
    public void EnumTypeDescriptor_RenamesAndIgnoresValues()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<LibraryQuery>()
            .AddType(new EnumType<Genre>(d => d.Name("Kind").Value(Genre.Poetry).Ignore()))
            .Build();

        SchemaPrinter.PrintType(schema.GetType("Kind")!).ShouldBe("enum Kind {\n  SCIENCE_FICTION\n  HISTORY\n}");
    }

    [Fact]
    public async Task AddDocumentFromString_WithCodeFirstTypes_SharesTypesByName()
    {
        var schema = SchemaBuilder.New()
            .AddType<Book>()
            .AddDocumentFromString("type Query { featured: Book }")
            .AddResolver("Query", "featured", _ => new Book("Featured", 2020, [], null))
            .Build();

        (await TestResolverContext.ResolveAsync(schema, "Query", "featured")).ShouldBeOfType<Book>();
        schema.QueryType.Fields["featured"].Type.ShouldBeSameAs(schema.GetType("Book"));
    }

    public enum Genre
    {
        ScienceFiction,
        History,
        [GraphQLDescription("Poems and verse.")]
        Poetry,
    }

    public sealed record Author(string Name)
    {
        public IReadOnlyList<Book> Books { get; init; } = [];
    }

    public sealed record Book(string Title, int? Year, IReadOnlyList<string> Tags, Author? Author);

    public sealed record NewBookInput(string Title, int Year = 2000)
    {
        public IReadOnlyList<string>? Tags { get; init; }
    }

    public sealed class LibraryQuery
    {
        public static CancellationToken LastToken { get; private set; }

        public string Hello(string name = "World") => "Hello, " + name;

        public Task<Book?> GetBookAsync([GraphQLType("ID!")] string id, CancellationToken cancellationToken)
        {
            LastToken = cancellationToken;
            return Task.FromResult<Book?>(new Book("Book " + id, null, [], null));
        }

        public IEnumerable<Book> Books(int first = 10, Genre? genre = null) =>
            Enumerable.Range(0, first).Select(i => new Book($"{genre}{(genre is null ? "Book" : string.Empty)} {i}", null, [], null));

        public Genre FavouriteGenre => Genre.History;

        [GraphQLDeprecated("Use books.")]
        public string? Title => null;

        [GraphQLName("renamed")]
        public int Original => 1;

        public double?[]? Scores => null;

        [GraphQLIgnore]
        public string Secret => "hidden";

        public void Log()
        {
        }
    }

    public sealed class LibraryMutation
    {
        public Book AddBook(NewBookInput input) => new(input.Title, input.Year, input.Tags ?? [], null);
    }

    public sealed record Greeter(string Word);

    public sealed class ServiceQuery
    {
        public string Greeting(string name, [Service] Greeter greeter) => greeter.Word + " " + name;
    }

    public interface IPet
    {
        string Name { get; }
    }

    public sealed record Dog(string Name, bool Barks) : IPet;

    public sealed record Cat(string Name) : IPet;

    public sealed class PetQuery
    {
        public IReadOnlyList<IPet> Pets => [new Dog("Rex", true), new Cat("Tom")];
    }

    public sealed class BookType : ObjectType<Book>
    {
        protected override void Configure(IObjectTypeDescriptor<Book> descriptor)
        {
            descriptor.Name("Volume").Description("A book in the catalogue.");
            descriptor.Field(b => b.Title).Name("name");
            descriptor.Field(b => b.Year).Deprecated("Unknown for old books.");
            descriptor.Field(b => b.Tags).Ignore();
            descriptor.Field("shout")
                .Type("String!")
                .Argument("suffix", a => a.Type("String").DefaultValue("!"))
                .Resolve(c => c.Parent<Book>().Title.ToUpperInvariant() + c.ArgumentValue<string>("suffix"));
        }
    }
}
