using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Execution;

/// <summary>Runs documents against schemas for the execution tests.</summary>
internal static class ExecutionHarness
{
    public static async Task<ExecutionResult> ExecuteAsync(
        GraphQLSchema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? rootValue = null,
        string? operationName = null,
        CancellationToken cancellationToken = default) =>
        await Executor.ExecuteAsync(
            new ExecutionRequest(schema, Parser.Parse(query)) { VariableValues = variables, RootValue = rootValue, OperationName = operationName },
            cancellationToken);

    public static async Task<string> ExecuteJsonAsync(
        GraphQLSchema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? rootValue = null,
        string? operationName = null) =>
        (await ExecuteAsync(schema, query, variables, rootValue, operationName)).ToJson();

    /// <summary>A schema from SDL whose resolvers are given as (type, field, resolver) triples.</summary>
    public static GraphQLSchema Schema(string sdl, params (string Type, string Field, FieldResolver Resolver)[] resolvers)
    {
        var builder = SchemaBuilder.New().AddDocumentFromString(sdl);
        foreach (var (type, field, resolver) in resolvers)
        {
            builder.AddResolver(type, field, resolver);
        }

        return builder.Build();
    }

    /// <summary>A synchronous resolver.</summary>
    public static FieldResolver Sync(Func<IResolverContext, object?> resolve) => context => new ValueTask<object?>(resolve(context));

    /// <summary>A resolver that yields before answering (a truly asynchronous completion).</summary>
    public static FieldResolver Async(Func<IResolverContext, object?> resolve) => async context =>
    {
        await Task.Yield();
        return resolve(context);
    };

    public static Dictionary<string, object?> Object(params (string Key, object? Value)[] entries)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            result[key] = value;
        }

        return result;
    }
}
