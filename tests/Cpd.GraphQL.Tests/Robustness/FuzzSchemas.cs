using System.Globalization;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Tests.Validation;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>A schema the fuzzer validates and executes against, with the root value its resolvers start from.</summary>
/// <param name="Name">A short name for failure messages.</param>
/// <param name="Schema">The executable schema.</param>
/// <param name="RootValue">The root value (dictionaries read by the default resolvers).</param>
internal sealed record FuzzSchema(string Name, GraphQLSchema Schema, object RootValue);

/// <summary>
/// The schemas of the engine robustness suite: the shared validation harness (graphql-js's pets, humans and aliens) and
/// a library schema with interfaces implementing interfaces, a union, nested and <c>@oneOf</c> input objects and custom
/// scalars. Resolvers are deterministic; some throw (plain, <see cref="GraphQLException"/>, cancellation without a
/// cancelled token), some answer asynchronously, and some return values of the wrong shape (a string for an object, a
/// number for a list, an unknown enum value, an impossible <c>__typename</c>, null for a non-null field), so that every
/// path of value completion is taken.
/// </summary>
internal static class FuzzSchemas
{
    /// <summary>The key of <see cref="IResolverContext.ContextData"/> holding the request's <see cref="CancellationTokenSource"/>.</summary>
    public const string CancellationKey = "cancellation";

    public static FuzzSchema Harness { get; } = BuildHarness();

    public static FuzzSchema Library { get; } = BuildLibrary();

    public static IReadOnlyList<FuzzSchema> All { get; } = [Harness, Library];

    private static Dictionary<string, object?> Obj(string typeName, params (string Key, object? Value)[] entries)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["__typename"] = typeName };
        foreach (var (key, value) in entries)
        {
            result[key] = value;
        }

        return result;
    }

    private static FieldResolver Sync(Func<IResolverContext, object?> resolve) => context => new ValueTask<object?>(resolve(context));

    private static FieldResolver Async(Func<IResolverContext, object?> resolve) => async context =>
    {
        await Task.Yield();
        return resolve(context);
    };

    /// <summary>A resolver that cancels the request's token (when the test gave one) and then answers.</summary>
    private static FieldResolver Cancelling(object? value) => context =>
    {
        if (context.ContextData.TryGetValue(CancellationKey, out var source) && source is CancellationTokenSource cancellation)
        {
            cancellation.Cancel();
        }

        return new ValueTask<object?>(value);
    };

    private static int Hash(object? value) => value is null ? 0 : StringComparer.Ordinal.GetHashCode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty) & 0x7FFFFFFF;

    private static FuzzSchema BuildHarness()
    {
        var mother = Obj("Dog", ("name", "Laika"), ("nickname", null), ("barkVolume", 11), ("barks", true));
        var father = Obj("Dog", ("name", "Rex"), ("nickname", "R"), ("barkVolume", "loud"), ("barks", "yes"), ("father", "not a dog"));
        var dog = Obj("Dog", ("name", "Odie"), ("nickname", "O"), ("barkVolume", 3), ("barks", false), ("mother", mother), ("father", father));

        // Cycles give every depth of query some data.
        mother["mother"] = dog;
        mother["father"] = father;
        father["mother"] = mother;
        var cat = Obj("Cat", ("name", "Tom"), ("nickname", "T"), ("meows", true), ("meowsVolume", 2), ("furColor", "TAN"));
        var oddCat = Obj("Cat", ("name", 42), ("meows", 1), ("furColor", "PURPLE"));
        var alien = Obj("Alien", ("name", "Zork"), ("iq", 1L << 40), ("numEyes", 2.5));
        var human = Obj("Human", ("name", "Jon"), ("iq", 100), ("pets", new object?[] { dog, cat, null, oddCat, alien, 7 }));
        var lonely = Obj("Human", ("name", "Ann"), ("iq", null), ("pets", 5), ("relatives", null));
        human["relatives"] = new object?[] { lonely, human, Obj("Alien") };
        var root = Obj(
            "QueryRoot",
            ("dog", dog),
            ("cat", cat),
            ("alien", alien),
            ("catOrDog", oddCat),
            ("dogOrHuman", human),
            ("humanOrAlien", Obj("Dog", ("name", "not a human"))),
            ("complicatedArgs", Obj("ComplicatedArgs")),
            ("dogs", new object?[] { dog, "not a dog", mother, null }),
            ("friends", new object?[] { human, null }));

        var builder = SchemaBuilder.New().AddDocumentFromString(ValidationHarness.ReadResource("ValidationHarness.graphql"));
        builder.AddResolver("QueryRoot", "human", Sync(c => c.Arguments.GetValueOrDefault("id") switch
        {
            null => human,
            "throw" => throw new InvalidOperationException("No such human."),
            var id => Hash(id) % 3 == 0 ? lonely : Hash(id) % 3 == 1 ? human : "wrong shape",
        }));
        builder.AddResolver("QueryRoot", "pet", Async(_ => cat));
        builder.AddResolver("QueryRoot", "anyArg", Sync(c => c.Arguments.GetValueOrDefault("value")));
        foreach (var field in ((ObjectType)ValidationHarness.Schema.GetType("ComplicatedArgs")!).Fields)
        {
            // Echo the first argument: a string serializes, a list, an input object or a number fails String's coercion.
            var argument = field.Arguments.Count > 0 ? field.Arguments.AsSpan()[0].Name : null;
            builder.AddResolver("ComplicatedArgs", field.Name, Sync(c => argument is null ? null : c.Arguments.GetValueOrDefault(argument)));
        }

        builder.AddResolver("Dog", "doesKnowCommand", Sync(c => c.Arguments.GetValueOrDefault("dogCommand") switch
        {
            "SIT" => throw new InvalidOperationException("Dogs never sit."),
            "HEEL" => throw new GraphQLException(new GraphQLError("Heel refused.", null, null, new Dictionary<string, object?> { ["code"] = "REFUSED", ["detail"] = new object?[] { 1, "x", null } })),
            _ => true,
        }));
        builder.AddResolver("Dog", "isHouseTrained", Sync(c => c.Arguments.GetValueOrDefault("atOtherHomes") is false ? throw new OperationCanceledException("Not cancelled, only thrown.") : true));
        builder.AddResolver("Dog", "isAtLocation", Async(c => (c.Arguments.GetValueOrDefault("x") as int? ?? 0) > (c.Arguments.GetValueOrDefault("y") as int? ?? 0) ? "far" : true));
        builder.AddResolver("Cat", "meowsVolume", Cancelling(5));
        builder.AddResolver("Human", "iq", Async(c => c.Source is IReadOnlyDictionary<string, object?> d ? d.GetValueOrDefault("iq") : null));
        builder.AddResolver("MutationRoot", "createDog", Sync(c => Obj("Dog", ("name", c.Arguments.GetValueOrDefault("name")), ("mother", dog))));
        builder.AddResolver("MutationRoot", "renameCat", Async(c => c.Arguments.GetValueOrDefault("name") is "" ? throw new ArgumentException("Empty name.") : Obj("Cat", ("name", c.Arguments["name"]))));
        builder.AddResolver("MutationRoot", "feedPets", Sync(c => c.Arguments.GetValueOrDefault("pets")));
        builder.AddResolver("SubscriptionRoot", "catEvents", Sync(_ => cat));
        builder.AddResolver("SubscriptionRoot", "dogEvents", Async(_ => dog));
        builder.AddResolver("SubscriptionRoot", "newHumans", Sync(_ => new object?[] { human, lonely }));
        builder.AddResolver("SubscriptionRoot", "importantEmails", Sync(_ => new object?[] { "a", 1, true, null }));
        return new FuzzSchema("harness", builder.Build(), root);
    }

    public const string LibrarySdl = """
        "An ISO-8601 calendar date."
        scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date.html")
        scalar Json
        scalar Url

        interface Node { id: ID! }

        interface Item implements Node {
          id: ID!
          title: String!
          published: Date
          tags: [String!]!
        }

        type Book implements Item & Node {
          id: ID!
          title: String!
          published: Date
          tags: [String!]!
          isbn: String
          author: Author
          pages(first: Int = 2, after: String): [Page!]
          rating: Float
          meta: Json
        }

        type Magazine implements Item & Node {
          id: ID!
          title: String!
          published: Date
          tags: [String!]!
          issue: Int!
          editors: [Author!]!
        }

        type Author implements Node {
          id: ID!
          name: String!
          born: Date
          website: Url
          books(filter: BookFilter, by: BookBy): [Book]
        }

        type Page { number: Int! text: String }

        union SearchResult = Book | Magazine | Author

        enum Sort { TITLE NEWEST OLDEST @deprecated(reason: "Use NEWEST.") }

        input Range { from: Date to: Date }

        input BookFilter {
          title: String
          tags: [String!]
          published: Range
          sort: Sort = TITLE
          minRating: Float
          and: [BookFilter!]
        }

        input BookBy @oneOf { id: ID isbn: String title: String }

        input AddBookInput {
          title: String!
          published: Date
          tags: [String!] = []
          meta: Json
          authorId: ID
          website: Url
        }

        type Query {
          node(id: ID!): Node
          item(by: BookBy!): Item
          search(text: String!, limit: Int = 5, filter: BookFilter): [SearchResult!]!
          books(filter: BookFilter, sort: Sort): [Book!]
          echo(value: Json): Json
          today(offset: Int): Date!
          author(id: ID): Author
          fail(message: String): String
          count: Int!
        }

        type Mutation {
          addBook(input: AddBookInput!): Book
          tag(ids: [ID!]!, tag: String!): [Item]!
        }
        """;

    private static readonly DateOnly Epoch = new(2024, 2, 29);

    private static DateOnly ParseDate(object? value) =>
        value is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GraphQLException($"Date cannot represent {value ?? "null"}: expected YYYY-MM-DD.");

    private static Uri ParseUrl(object? value) =>
        value is string text && Uri.TryCreate(text, UriKind.Absolute, out var url)
            ? url
            : throw new GraphQLException("Url cannot represent a relative or malformed address.");

    private static FuzzSchema BuildLibrary()
    {
        var date = new ScalarType(
            "Date",
            serialize: value => value switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string s => ParseDate(s).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                int => throw new InvalidCastException("An integer is not a date."),
                _ => throw new GraphQLException("Date cannot serialize this value."),
            },
            parseValue: value => ParseDate(value),
            parseLiteral: (literal, _) => ParseDate(literal is StringValueNode s ? s.Value : null),
            valueToLiteral: value => value is DateOnly d ? new StringValueNode(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), block: false) : null);
        var url = new ScalarType(
            "Url",
            serialize: value => value is Uri u ? u.ToString() : ParseUrl(value).ToString(),
            parseValue: value => ParseUrl(value),
            parseLiteral: (literal, _) => ParseUrl(literal is StringValueNode s ? s.Value : null));
        var json = new ScalarType("Json");

        var author = Obj("Author", ("id", "a1"), ("name", "Ursula"), ("born", new DateOnly(1929, 10, 21)), ("website", new Uri("https://example.org/ursula")));
        var ghost = Obj("Author", ("id", "a2"), ("name", null), ("born", "1929-13-01"), ("website", "not a url"));
        var book = Obj(
            "Book",
            ("id", "b1"),
            ("title", "The Dispossessed"),
            ("published", Epoch),
            ("tags", new object?[] { "sf", "utopia" }),
            ("isbn", "978-0"),
            ("author", author),
            ("rating", double.NaN),
            ("meta", new Dictionary<string, object?> { ["nested"] = new object?[] { 1, 2.5, "three", null, true }, ["deep"] = new Dictionary<string, object?> { ["x"] = new object?[] { new object?[] { 1 } } } }));
        var badBook = Obj("Book", ("id", null), ("title", "Untitled"), ("published", 20240229), ("tags", "not a list"), ("author", "nobody"), ("rating", "high"), ("meta", 1.5));
        var magazine = Obj("Magazine", ("id", "m1"), ("title", "Interzone"), ("published", "2024-01-01"), ("tags", new object?[] { "sf", null }), ("issue", 300), ("editors", new object?[] { author, ghost }));
        author["books"] = new object?[] { book, badBook, null };
        ghost["books"] = "none";
        var items = new object?[] { book, magazine, author, badBook, Obj("Page", ("number", 1)), Obj("Nope") };

        var builder = SchemaBuilder.New().AddScalarType(date).AddScalarType(url).AddScalarType(json).AddDocumentFromString(LibrarySdl);
        builder.AddResolver("Query", "node", Sync(c => items[Hash(c.Arguments["id"]) % items.Length]));
        builder.AddResolver("Query", "item", Async(c => c.Arguments["by"] is IReadOnlyDictionary<string, object?> by && by.ContainsKey("isbn") ? book : magazine));
        builder.AddResolver("Query", "search", Sync(c => (c.Arguments.GetValueOrDefault("limit") as int? ?? 5) switch
        {
            < 0 => throw new ArgumentOutOfRangeException("limit", "The limit cannot be negative."),
            0 => null,
            var limit => items.Take(limit).ToArray(),
        }));
        builder.AddResolver("Query", "books", Sync(c => c.Arguments.ContainsKey("filter") ? new object?[] { book, badBook } : new object?[] { book }));
        builder.AddResolver("Query", "echo", Sync(c => c.Arguments.GetValueOrDefault("value")));
        builder.AddResolver("Query", "today", Sync(c => c.Arguments.GetValueOrDefault("offset") is int offset ? (object)Epoch.AddDays(offset % 100_000) : null));
        builder.AddResolver("Query", "author", Cancelling(author));
        builder.AddResolver("Query", "fail", Async(c => throw new InvalidOperationException(c.Arguments.GetValueOrDefault("message") as string ?? string.Empty)));
        builder.AddResolver("Query", "count", Sync(_ => 1L << 33));
        builder.AddResolver("Book", "pages", Sync(c => Enumerable.Range(1, Math.Clamp(c.Arguments.GetValueOrDefault("first") as int? ?? 0, 0, 3)).Select(n => n == 2 ? null : Obj("Page", ("number", n)))));
        builder.AddResolver("Mutation", "addBook", Sync(c => c.Arguments["input"] is IReadOnlyDictionary<string, object?> input && input.GetValueOrDefault("title") is string title
            ? Obj("Book", ("id", "new"), ("title", title), ("published", input.GetValueOrDefault("published")), ("tags", input.GetValueOrDefault("tags")), ("meta", input.GetValueOrDefault("meta")))
            : null));
        builder.AddResolver("Mutation", "tag", Async(c => c.Arguments["ids"] is IReadOnlyList<object?> ids ? ids.Select(id => items[Hash(id) % items.Length]).ToArray() : null));
        return new FuzzSchema("library", builder.Build(), Obj("Query"));
    }
}
