using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Types;

/// <summary>Schemas built by <see cref="SchemaBuilder"/> run through the real executor.</summary>
public sealed class SchemaExecutionTests
{
    private static async Task<string> ExecuteAsync(GraphQLSchema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, IServiceProvider? services = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, Parser.Parse(query)) { VariableValues = variables, Services = services });
        return result.ToJson();
    }

    [Fact]
    public async Task CodeFirst_QueryWithArgumentsListsEnumsAndInterfaces_Executes()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShopQuery>().AddType<Book>().AddType<Pen>().Build();

        var json = await ExecuteAsync(schema, """
            { products(kind: STATIONERY) { __typename name ... on Pen { colour } } first: product(id: 1) { name ... on Book { pages } } favourite }
            """);

        json.ShouldBe("""{"data":{"products":[{"__typename":"Pen","name":"Pen","colour":"BLUE"}],"first":{"name":"Book 1","pages":100},"favourite":"BOOK"}}""");
    }

    [Fact]
    public async Task CodeFirst_MutationWithInputObjectVariable_BindsRecord()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShopQuery>().AddMutationType<ShopMutation>().AddType<Book>().AddType<Pen>().Build();
        var variables = new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["name"] = "Ink", ["tags"] = "blue" } };

        var json = await ExecuteAsync(schema, "mutation($input: NewProductInput!) { add(input: $input) { name quantity tags } }", variables);

        json.ShouldBe("""{"data":{"add":{"name":"Ink","quantity":1,"tags":["blue"]}}}""");
    }

    [Fact]
    public async Task TypeExtension_AddsFieldsWithParentAndServices()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<ShopQuery>()
            .AddType<Book>()
            .AddType<Pen>()
            .AddTypeExtension<BookExtensions>()
            .AddTypeExtension<QueryExtensions>()
            .Build();

        var json = await ExecuteAsync(schema, "{ version product(id: 2) { ... on Book { shelf } } }", services: new TestResolverContext.TestServices(new Shelving("A")));

        json.ShouldBe("""{"data":{"version":"1.0","product":{"shelf":"A-2"}}}""");
    }

    [Fact]
    public async Task Sdl_WithResolversTypeNameDictionariesAndIntrospection_Executes()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                interface Animal { name: String! }
                type Dog implements Animal { name: String! barks: Boolean }
                type Cat implements Animal { name: String! }
                type Query { animals: [Animal!]! greet(name: String = "you"): String }
                """)
            .AddResolver("Query", "animals", _ => new object[]
            {
                new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex", ["barks"] = true },
                new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom" },
            })
            .AddResolver("Query", "greet", c => "hi " + c.ArgumentValue<string>("name"))
            .Build();

        var json = await ExecuteAsync(schema, """
            { animals { __typename name ... on Dog { barks } } greet __type(name: "Animal") { kind possibleTypes { name } } }
            """);

        json.ShouldBe("""{"data":{"animals":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom"}],"greet":"hi you","__type":{"kind":"INTERFACE","possibleTypes":[{"name":"Dog"},{"name":"Cat"}]}}}""");
    }

    public enum Kind
    {
        Book,
        Stationery,
    }

    public enum Colour
    {
        Blue,
        Black,
    }

    public interface IProduct
    {
        int Id { get; }

        string Name { get; }
    }

    public sealed record Book(int Id, string Name, int Pages) : IProduct;

    public sealed record Pen(int Id, string Name, Colour Colour) : IProduct;

    public sealed record NewProductInput(string Name, int Quantity = 1)
    {
        public IReadOnlyList<string>? Tags { get; init; }
    }

    public sealed record Added(string Name, int Quantity, IReadOnlyList<string> Tags);

    public sealed record Shelving(string Prefix);

    public sealed class ShopQuery
    {
        private static readonly IProduct[] Products = [new Book(1, "Book 1", 100), new Book(2, "Book 2", 200), new Pen(3, "Pen", Colour.Blue)];

        public IEnumerable<IProduct> GetProducts(Kind? kind) =>
            Products.Where(p => kind is null || (kind == Kind.Book) == p is Book);

        public Task<IProduct?> ProductAsync(int id, CancellationToken cancellationToken) =>
            Task.FromResult(Products.FirstOrDefault(p => p.Id == id));

        public Kind Favourite => Kind.Book;
    }

    public sealed class ShopMutation
    {
        public Added Add(NewProductInput input) => new(input.Name, input.Quantity, input.Tags ?? []);
    }

    [ExtendObjectType(typeof(Book))]
    public sealed class BookExtensions
    {
        public string Shelf([Parent] Book book, [Service] Shelving shelving) => shelving.Prefix + "-" + book.Id;
    }

    [ExtendObjectType("ShopQuery")]
    public sealed class QueryExtensions
    {
        public string Version => "1.0";
    }
}
