using Cpd.GraphQL.Errors;
using static Cpd.GraphQL.Tests.Execution.ExecutionHarness;

namespace Cpd.GraphQL.Tests.Execution;

/// <summary>The examples of the specification's "Execution" and "Response" sections (September 2025).</summary>
public sealed partial class ExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_SpecCollectFieldsExample_MergesFragmentFieldsInFirstOccurrenceOrder()
    {
        // 6.3.2 CollectFields: { a subfield ...ExampleFragment } with fragment ExampleFragment on Query { a anotherField }.
        var schema = Schema(
            "type Query { a: String subfield: Sub anotherField: String } type Sub { b: String }",
            ("Query", "a", Sync(_ => "A")),
            ("Query", "subfield", Sync(_ => Object(("b", "B")))),
            ("Query", "anotherField", Sync(_ => "other")));

        var json = await ExecuteJsonAsync(schema, """
            {
              a
              subfield { b }
              ...ExampleFragment
            }

            fragment ExampleFragment on Query {
              a
              anotherField
            }
            """);

        json.ShouldBe("""{"data":{"a":"A","subfield":{"b":"B"},"anotherField":"other"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SpecNormalExecutionExample_ResolvesEachParentBeforeItsChildren()
    {
        // 6.3.1 "Normal and Serial Execution": { birthday { month } address { street } }.
        var schema = Schema(
            "type Query { birthday: Birthday address: Address } type Birthday { month: Int } type Address { street: String }",
            ("Query", "birthday", Async(_ => Object(("month", 11)))),
            ("Query", "address", Async(_ => Object(("street", "High Street")))));

        var json = await ExecuteJsonAsync(schema, "{ birthday { month } address { street } }");

        json.ShouldBe("""{"data":{"birthday":{"month":11},"address":{"street":"High Street"}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SpecChangeTheNumberExample_RunsMutationFieldsSerially()
    {
        // 6.3.1: first: changeTheNumber(newNumber: 1), second: …(3), third: …(2) gives 1, 3, 2 in that order.
        var theNumber = 0;
        var schema = Schema(
            "type Query { theNumber: Int } type Mutation { changeTheNumber(newNumber: Int!): NumberHolder } type NumberHolder { theNumber: Int }",
            ("Mutation", "changeTheNumber", async context =>
            {
                await Task.Yield();
                theNumber = context.ArgumentValue<int>("newNumber");
                return Object(("theNumber", theNumber));
            }));

        var json = await ExecuteJsonAsync(schema, """
            mutation {
              first: changeTheNumber(newNumber: 1) { theNumber }
              second: changeTheNumber(newNumber: 3) { theNumber }
              third: changeTheNumber(newNumber: 2) { theNumber }
            }
            """);

        json.ShouldBe("""{"data":{"first":{"theNumber":1},"second":{"theNumber":3},"third":{"theNumber":2}}}""");
        theNumber.ShouldBe(2);
    }

    [Fact]
    public async Task ExecuteAsync_SpecSerialExample_ChangeBirthdayCompletesBeforeChangeAddressStarts()
    {
        // 6.3.1: changeBirthday (with its { month } sub-selection) completes before changeAddress runs.
        var log = new List<string>();
        var schema = Schema(
            """
            type Query { x: Int }
            type Mutation { changeBirthday(birthday: String): Birthday changeAddress(address: String): Address }
            type Birthday { month: Int }
            type Address { street: String }
            """,
            ("Mutation", "changeBirthday", async _ =>
            {
                log.Add("changeBirthday started");
                await Task.Yield();
                log.Add("changeBirthday resolved");
                return Object(("month", 3));
            }),
            ("Birthday", "month", async context =>
            {
                await Task.Yield();
                log.Add("month resolved");
                return context.Parent<IReadOnlyDictionary<string, object?>>()["month"];
            }),
            ("Mutation", "changeAddress", Sync(_ =>
            {
                log.Add("changeAddress started");
                return Object(("street", "Elm"));
            })));

        var json = await ExecuteJsonAsync(schema, """
            mutation ($newBirthday: String, $newAddress: String) {
              changeBirthday(birthday: $newBirthday) { month }
              changeAddress(address: $newAddress) { street }
            }
            """);

        json.ShouldBe("""{"data":{"changeBirthday":{"month":3},"changeAddress":{"street":"Elm"}}}""");
        log.ShouldBe(["changeBirthday started", "changeBirthday resolved", "month resolved", "changeAddress started"]);
    }

    [Fact]
    public async Task ExecuteAsync_SpecFieldMergingExample_MergesSelectionsOfTheSameResponseKey()
    {
        // 6.4.3 "Merging Selection Sets": { me { firstName } me { lastName } }.
        var schema = Schema(
            "type Query { me: Person } type Person { firstName: String lastName: String }",
            ("Query", "me", Sync(_ => Object(("firstName", "Ada"), ("lastName", "Lovelace")))));

        var json = await ExecuteJsonAsync(schema, "{ me { firstName } me { lastName } }");

        json.ShouldBe("""{"data":{"me":{"firstName":"Ada","lastName":"Lovelace"}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SpecResponseErrorExample_NullsTheNullableNameAndReportsItsPath()
    {
        // 7.1.2 "Errors": the name of friend 1002 cannot be fetched; heroFriends[1].name is null.
        var json = await ExecuteJsonAsync(HeroSchema(nonNullName: false), HeroQuery);

        json.ShouldBe(
            """{"errors":[{"message":"Name for character with ID 1002 could not be fetched.","locations":[{"line":6,"column":7}],"path":["hero","heroFriends",1,"name"]}],"data":{"hero":{"name":"R2-D2","heroFriends":[{"id":"1000","name":"Luke Skywalker"},{"id":"1002","name":null},{"id":"1003","name":"Leia Organa"}]}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SpecResponseErrorExampleWithNonNullName_NullsTheWholeFriend()
    {
        // 7.1.2: when name is non-null, the error nulls the list item instead.
        var json = await ExecuteJsonAsync(HeroSchema(nonNullName: true), HeroQuery);

        json.ShouldBe(
            """{"errors":[{"message":"Name for character with ID 1002 could not be fetched.","locations":[{"line":6,"column":7}],"path":["hero","heroFriends",1,"name"]}],"data":{"hero":{"name":"R2-D2","heroFriends":[{"id":"1000","name":"Luke Skywalker"},null,{"id":"1003","name":"Leia Organa"}]}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SpecErrorExtensionsExample_KeepsTheResolversExtensions()
    {
        // 7.1.2: an error may carry "extensions" such as a code.
        var schema = Schema(
            "type Query { hero: Character } type Character { name: String }",
            ("Query", "hero", Sync(_ => Object(("id", "1002")))),
            ("Character", "name", Sync(_ => throw new GraphQLException(new GraphQLError(
                "Name for character with ID 1002 could not be fetched.",
                extensions: new Dictionary<string, object?> { ["code"] = "CAN_NOT_FETCH_BY_ID", ["timestamp"] = "Fri Feb 9 14:33:09 UTC 2018" })))));

        var json = await ExecuteJsonAsync(schema, "{ hero { name } }");

        json.ShouldBe(
            """{"errors":[{"message":"Name for character with ID 1002 could not be fetched.","locations":[{"line":1,"column":10}],"path":["hero","name"],"extensions":{"code":"CAN_NOT_FETCH_BY_ID","timestamp":"Fri Feb 9 14:33:09 UTC 2018"}}],"data":{"hero":{"name":null}}}""");
    }

    private const string HeroQuery = """
        query ($episode: Episode) {
          hero(episode: $episode) {
            name
            heroFriends: friends {
              id
              name
            }
          }
        }
        """;

    private static GraphQL.Types.GraphQLSchema HeroSchema(bool nonNullName)
    {
        var names = new Dictionary<string, string> { ["2001"] = "R2-D2", ["1000"] = "Luke Skywalker", ["1003"] = "Leia Organa" };
        return Schema(
            $$"""
            enum Episode { NEWHOPE EMPIRE JEDI }
            type Query { hero(episode: Episode): Character }
            type Character { id: ID! name: String{{(nonNullName ? "!" : string.Empty)}} friends: [Character] }
            """,
            ("Query", "hero", Sync(_ => "2001")),
            ("Character", "id", Sync(c => c.Source)),
            ("Character", "name", Sync(c => names.TryGetValue((string)c.Source!, out var name)
                ? name
                : throw new InvalidOperationException($"Name for character with ID {c.Source} could not be fetched."))),
            ("Character", "friends", Sync(_ => new[] { "1000", "1002", "1003" })));
    }
}
