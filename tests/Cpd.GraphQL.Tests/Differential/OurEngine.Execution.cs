using System.Text.Json.Nodes;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>Cpd.GraphQL's counterpart of graphql-js's <c>graphql()</c>: parse, validate, execute, as JSON.</summary>
internal static partial class OurEngine
{
    public static async Task<JsonNode?> RunAsync(GraphQLSchema schema, string text, JsonObject? variables, string? operationName, object? rootValue)
    {
        try
        {
            if (!Parser.TryParse(text, null, out var document, out var syntaxError))
            {
                return ErrorsOnly([syntaxError]);
            }

            var errors = Validator.Validate(schema, document);
            if (errors.Count > 0)
            {
                return ErrorsOnly(errors);
            }

            var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, document)
            {
                OperationName = operationName,
                VariableValues = variables is null ? null : (IReadOnlyDictionary<string, object?>?)ToRuntime(variables),
                RootValue = rootValue,
            });
            return JsonNode.Parse(result.ToJson());
        }
#pragma warning disable CA1031 // a crash is a result to report, not a reason to stop comparing
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new JsonObject { ["crash"] = DescribeCrash(e) };
        }
    }

    private static JsonObject ErrorsOnly(IEnumerable<GraphQLError> errors)
    {
        var list = new JsonArray();
        foreach (var error in errors)
        {
            var locations = new JsonArray();
            foreach (var location in error.Locations ?? [])
            {
                locations.Add(new JsonObject { ["line"] = location.Line, ["column"] = location.Column });
            }

            list.Add(new JsonObject { ["message"] = error.Message, ["locations"] = locations });
        }

        return new JsonObject { ["errors"] = list };
    }

    /// <summary>Variables as a JSON decoder hands them to the engine: dictionaries, lists, strings, booleans, long or double.</summary>
    internal static object? ToRuntime(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToRuntime(p.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(ToRuntime).ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        _ => node.GetValue<double>(),
    };
}
