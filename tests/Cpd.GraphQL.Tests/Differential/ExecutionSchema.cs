using System.Globalization;
using System.Text.Json.Nodes;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Cpd.GraphQL's resolvers for the execution corpus: the same table as graphql-js's
/// (<c>Corpus/execution/README.md</c>), over the same <c>data.json</c>.
/// </summary>
internal static class ExecutionSchema
{
    public static GraphQLSchema Build(string sdl, JsonObject data)
    {
        var characters = data["characters"]!.AsArray().Select(OurEngine.ToRuntime).Cast<Dictionary<string, object?>>().ToList();
        var starships = data["starships"]!.AsArray().Select(OurEngine.ToRuntime).Cast<Dictionary<string, object?>>().ToList();
        var characterById = characters.ToDictionary(c => (string)c["id"]!, StringComparer.Ordinal);
        var starshipById = starships.ToDictionary(s => (string)s["id"]!, StringComparer.Ordinal);

        object? Character(object? id) => id is string key ? characterById.GetValueOrDefault(key) : null;
        object? OfType(IResolverContext c, string typename) =>
            Character(Arg(c, "id")) is Dictionary<string, object?> found && (string?)found["__typename"] == typename ? found : null;
        List<object?> Friends(IResolverContext c) => Ids(Parent(c)["friends"]).Select(Character).ToList();

        var builder = SchemaBuilder.New().AddDocumentFromString(sdl);
        foreach (var abstractType in new[] { "Node", "Character", "SearchResult" })
        {
            builder.AddTypeResolver(abstractType, value => DefaultFieldResolver.Read(value, "__typename") as string);
        }

        builder
            .AddResolver("Query", "hero", c => Character(Arg(c, "episode") as string == "EMPIRE" ? "1000" : "2001"))
            .AddResolver("Query", "human", c => OfType(c, "Human"))
            .AddResolver("Query", "droid", c => OfType(c, "Droid"))
            .AddResolver("Query", "character", c => Character(Arg(c, "id")))
            .AddResolver("Query", "characters", c => Ids(Arg(c, "ids")).Select(Character).ToList())
            .AddResolver("Query", "search", c =>
            {
                var needle = ((string)Arg(c, "text")!).ToLowerInvariant();
                return characters.Concat(starships)
                    .Where(x => ((string)x["name"]!).ToLowerInvariant().Contains(needle, StringComparison.Ordinal))
                    .ToList();
            })
            .AddResolver("Query", "node", c => Arg(c, "id") is string id ? characterById.GetValueOrDefault(id) ?? starshipById.GetValueOrDefault(id) : null)
            .AddResolver("Query", "starships", _ => starships)
            .AddResolver("Query", "echoList", c => Arg(c, "values"))
            .AddResolver("Query", "echoReview", c => Arg(c, "review"))
            .AddResolver("Query", "characterBy", c =>
            {
                var by = (IReadOnlyDictionary<string, object?>)Arg(c, "by")!;
                return by.TryGetValue("id", out var id)
                    ? characters.FirstOrDefault(x => Equals(x["id"], id))
                    : characters.FirstOrDefault(x => Equals(x["name"], by["name"]));
            })
            .AddResolver("Query", "failing", Fail("failing resolver"))
            .AddResolver("Query", "failingNonNull", Fail("failing non-null resolver"))
            .AddResolver("Query", "nullNonNull", _ => null)
            .AddResolver("Query", "nested", _ => Nested(1))
            .AddResolver("Query", "listWithNull", _ => new List<object?> { "a", null, "c" })
            .AddResolver("Query", "nonNullItemsWithNull", _ => new List<object?> { "a", null })
            .AddResolver("Query", "nonNullListNonNullItemsWithNull", _ => new List<object?> { "a", null })
            .AddResolver("Query", "coercion", _ => new Dictionary<string, object?>())
            .AddResolver("Coercion", "intFromFloat", _ => 1.5)
            .AddResolver("Coercion", "intTooBig", _ => 2147483648L)
            .AddResolver("Coercion", "floatNaN", _ => double.NaN)
            .AddResolver("Coercion", "idFromInt", _ => 7)
            .AddResolver("Coercion", "enumInvalid", _ => "PHANTOM")
            .AddResolver("Coercion", "listFromScalar", _ => 5)
            .AddResolver("Coercion", "nonNullIntFromFloat", _ => 1.5)
            .AddResolver("Query", "asyncHero", async _ =>
            {
                await Task.Yield();
                return Character("2001");
            })
            .AddResolver("Query", "asyncFailing", async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("async failure");
            })
            .AddResolver("Query", "asyncNested", async _ =>
            {
                await Task.Yield();
                return Nested(1);
            })
            .AddResolver("Mutation", "incrementAsync", async c =>
            {
                var state = (ExecutionState)c.Source!;
                await Task.Yield();
                var seen = state.Counter;
                await Task.Yield();
                state.Counter = seen + Convert.ToInt32(Arg(c, "by"), CultureInfo.InvariantCulture);
                return state.Counter;
            })
            .AddResolver("Human", "height", c =>
            {
                var meters = Convert.ToDouble(Parent(c)["heightMeters"], CultureInfo.InvariantCulture);
                return Arg(c, "unit") as string == "FOOT" ? meters * 3.28084 : meters;
            })
            .AddResolver("Human", "starships", c => Ids(Parent(c)["starships"]).Select(id => starshipById[(string)id!]).ToList())
            .AddResolver("Nested", "failing", Fail("nested failure"))
            .AddResolver("Nested", "failingNonNull", Fail("nested non-null failure"))
            .AddResolver("Nested", "nested", c => Nested(Depth(c) + 1))
            .AddResolver("Nested", "list", c => new List<object?> { Nested(Depth(c) + 1), Nested(Depth(c) + 2) })
            .AddResolver("Mutation", "increment", c =>
            {
                var state = (ExecutionState)c.Source!;
                state.Counter += Convert.ToInt32(Arg(c, "by"), CultureInfo.InvariantCulture);
                return state.Counter;
            })
            .AddResolver("Mutation", "appendLog", c =>
            {
                var state = (ExecutionState)c.Source!;
                state.Log.Add((string)Arg(c, "text")!);
                return state.Log.ToList();
            })
            .AddResolver("Mutation", "failMutation", Fail("mutation failed"))
            .AddResolver("Mutation", "failNonNullMutation", Fail("non-null mutation failed"));
        foreach (var echo in new[] { "echoInt", "echoFloat", "echoString", "echoBoolean", "echoId", "echoEnum" })
        {
            builder.AddResolver("Query", echo, c => Arg(c, "value"));
        }

        foreach (var type in new[] { "Human", "Droid" })
        {
            builder
                .AddResolver(type, "friends", c => Friends(c))
                .AddResolver(type, "secretBackstory", Fail("secretBackstory is secret."));
        }

        return builder.Build();
    }

    private static Func<IResolverContext, object?> Fail(string message) =>
        _ => throw new InvalidOperationException(message);

    private static object? Arg(IResolverContext context, string name) => context.Arguments.GetValueOrDefault(name);

    private static IReadOnlyDictionary<string, object?> Parent(IResolverContext context) =>
        (IReadOnlyDictionary<string, object?>)context.Source!;

    private static int Depth(IResolverContext context) => (int)Parent(context)["depth"]!;

    private static Dictionary<string, object?> Nested(int depth) => new() { ["depth"] = depth };

    private static IEnumerable<object?> Ids(object? list) => (IEnumerable<object?>)list!;
}

/// <summary>The per-request state of the execution corpus's mutations (the root value).</summary>
internal sealed class ExecutionState
{
    public int Counter { get; set; }

    public List<string> Log { get; } = [];
}
