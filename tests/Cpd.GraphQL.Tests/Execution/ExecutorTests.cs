using Cpd.GraphQL.Execution;
using static Cpd.GraphQL.Tests.Execution.ExecutionHarness;

namespace Cpd.GraphQL.Tests.Execution;

public sealed partial class ExecutorTests
{
    private const string PersonSdl = """
        type Query { person: Person people: [Person] greeting(name: String = "world"): String! }
        type Person { name: String age: Int height: Float friends: [Person] }
        """;

    private static readonly Dictionary<string, object?> Alice = Object(("name", "Alice"), ("age", 30), ("height", 1.0));

    private static GraphQL.Types.GraphQLSchema PersonSchema() => Schema(
        PersonSdl,
        ("Query", "person", Sync(_ => Alice)),
        ("Query", "people", Sync(_ => new[] { Alice, Object(("name", "Bob"), ("age", null), ("height", 1.75)) })),
        ("Query", "greeting", Sync(c => "Hello, " + c.ArgumentValue<string>("name") + "!")));

    [Fact]
    public async Task ExecuteAsync_SimpleQuery_ReturnsDataInSelectionOrder()
    {
        var json = await ExecuteJsonAsync(PersonSchema(), "{ person { age name } }");

        json.ShouldBe("""{"data":{"person":{"age":30,"name":"Alice"}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_FloatWithIntegralValue_WritesItLikeJsonStringify()
    {
        var json = await ExecuteJsonAsync(PersonSchema(), "{ people { height } }");

        json.ShouldBe("""{"data":{"people":[{"height":1},{"height":1.75}]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ArgumentDefault_IsApplied()
    {
        var json = await ExecuteJsonAsync(PersonSchema(), """{ a: greeting b: greeting(name: "you") }""");

        json.ShouldBe("""{"data":{"a":"Hello, world!","b":"Hello, you!"}}""");
    }
}
