using Cpd.Api.Schema;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Api.Tests.Schema;

/// <summary>The conventions every feature's fields keep, checked on the whole built schema so that a new field cannot drift.</summary>
public sealed class SchemaConventionsTests
{
    private static readonly GraphQLSchema Schema = Build();

    private static GraphQLSchema Build()
    {
        var services = new ServiceCollection().AddLogging().AddCpdGraphQL().BuildServiceProvider();
        return services.GetGraphQLSchema();
    }

    private static string Named(IType type) => type switch
    {
        NonNullType nonNull => Named(nonNull.OfType) + "!",
        ListType list => "[" + Named(list.OfType) + "]",
        INamedType named => named.Name,
        _ => type.ToString()!,
    };

    [Fact]
    public void Mutations_Every_TakesOneNonNullInputAndReturnsANonNullPayload()
    {
        Schema.MutationType.ShouldNotBeNull();
        foreach (var field in Schema.MutationType.Fields)
        {
            var expected = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
            field.Arguments.Select(a => $"{a.Name}: {Named(a.Type)}").ShouldBe([$"input: {expected}Input!"], field.Name);
            Named(field.Type).ShouldBe($"{expected}Payload!", field.Name);
            var payload = (ObjectType)Schema.GetType($"{expected}Payload")!;
            Named(payload.Fields.Single(f => f.Name == "errors").Type).ShouldBe("[UserError!]!", field.Name);
            Named(payload.Fields.Single(f => f.Name == "clientMutationId").Type).ShouldBe("String", field.Name);
            var input = (InputObjectType)Schema.GetType($"{expected}Input")!;
            Named(input.Fields.Single(f => f.Name == "clientMutationId").Type).ShouldBe("String", field.Name);
        }
    }

    [Fact]
    public void UserError_Shape_IsCodeMessageAndFieldPath()
    {
        var userError = (ObjectType)Schema.GetType("UserError")!;
        userError.Fields.Select(f => $"{f.Name}: {Named(f.Type)}").ShouldBe(["code: String!", "message: String!", "field: [String!]"]);
    }

    [Fact]
    public void Connections_Every_HasRelayFieldsAndPagingArguments()
    {
        var connections = Schema.Types.OfType<ObjectType>().Where(t => t.Name.EndsWith("Connection", StringComparison.Ordinal)).ToList();
        connections.ShouldNotBeEmpty();
        foreach (var connection in connections)
        {
            var node = connection.Name[..^"Connection".Length];
            connection.Fields.Select(f => $"{f.Name}: {Named(f.Type)}").ShouldBe(
                [$"edges: [{node}Edge!]!", $"nodes: [{node}!]!", "pageInfo: PageInfo!", "totalCount: Int!"], connection.Name);
        }

        foreach (var field in Schema.QueryType!.Fields.Where(f => Named(f.Type).EndsWith("Connection!", StringComparison.Ordinal)))
        {
            field.Arguments.Select(a => $"{a.Name}: {Named(a.Type)}").Take(4).ShouldBe(["first: Int", "after: String", "last: Int", "before: String"], field.Name);
        }
    }

    [Fact]
    public void Nodes_EveryImplementation_HasAnIdOfTypeIdAndIsRegisteredWithALoader()
    {
        var node = (InterfaceType)Schema.GetType("Node")!;
        var implementations = Schema.GetPossibleTypes(node).Select(t => t.Name).ToList();
        implementations.ShouldNotBeEmpty();
        using var services = new ServiceCollection().AddLogging().AddCpdGraphQL().BuildServiceProvider();
        services.GetRequiredService<Cpd.Api.Schema.Common.NodeRegistry>().TypeNames.ShouldBe(implementations, ignoreOrder: true);
    }
}
