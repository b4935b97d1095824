using System.Text.Json;
using Cpd.GraphQL.Types;
using static Cpd.GraphQL.Tests.Execution.ExecutionHarness;

namespace Cpd.GraphQL.Tests.Execution;

/// <summary>
/// The execution tests' shared schema: echo fields for coercion and fields returning nulls in non-null positions. Its
/// expected outputs were produced by graphql-js 17.1 over the same SDL and resolvers.
/// </summary>
internal static class ExecutionTestSchema
{
    public const string Sdl = """
        enum Color { RED GREEN }
        input Point { x: Int! y: Int = 0 label: String }
        input By @oneOf { id: ID name: String }
        type Query {
          echoInt(value: Int): Int
          echoInts(values: [Int!]): [Int!]
          point(p: Point!): Int
          by(by: By!): String
          color(c: Color): Color
          req(x: Int!): Int
          f: Float
          nonNullList: [String!]!
          listOfNonNull: [String!]
          nested: Nested
          list: [Nested!]
          objs: [Obj]
        }
        type Nested { a: String! b: String inner: Nested! }
        type Obj { a: String! b: String }
        """;

    public static GraphQLSchema Instance { get; } = Schema(
        Sdl,
        ("Query", "echoInt", Sync(c => c.Arguments.GetValueOrDefault("value"))),
        ("Query", "echoInts", Sync(c => c.Arguments.GetValueOrDefault("values"))),
        ("Query", "point", Sync(c =>
        {
            var point = (IReadOnlyDictionary<string, object?>)c.Arguments["p"]!;
            return (int)point["x"]! + (int)point["y"]!;
        })),
        ("Query", "by", Sync(c => JsonSerializer.Serialize(c.Arguments["by"]))),
        ("Query", "color", Sync(c => c.Arguments.GetValueOrDefault("c"))),
        ("Query", "req", Sync(c => c.Arguments["x"])),
        ("Query", "f", Sync(_ => 1.0)),
        ("Query", "nonNullList", Sync(_ => new[] { "a", null })),
        ("Query", "listOfNonNull", Sync(_ => new[] { "a", null })),
        ("Query", "nested", Sync(_ => Object())),
        ("Query", "list", Sync(_ => new[] { Object(("a", "x")), Object(("a", null)), Object(("a", "z")) })),
        ("Query", "objs", Sync(_ => new[] { Object(("a", "x")), Object(("a", null), ("b", "y")) })));
}
