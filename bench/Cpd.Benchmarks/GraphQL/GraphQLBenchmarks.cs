using BenchmarkDotNet.Attributes;
using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;

namespace Cpd.Benchmarks.GraphQL;

/// <summary>
/// The cases of bench/shared/README.md, so that the figures compare with <c>node bench/graphql-js/bench.mjs</c>: parse, validate and
/// execute the standard introspection query, execute 1,000 items × 5 scalar fields, and a small query end to end (through
/// <see cref="GraphQLEngine"/> with its document cache, serialised to a JSON string).
/// </summary>
[Config(typeof(GraphQLBenchmarkConfig))]
public class GraphQLBenchmarks
{
    private static readonly Dictionary<string, object?> SmallVariables = new(StringComparer.Ordinal) { ["id"] = "item-42" };

    private GraphQLSchema _schema = null!;
    private GraphQLEngine _engine = null!;
    private string _introspectionText = null!;
    private string _smallText = null!;
    private DocumentNode _introspection = null!;
    private DocumentNode _list = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchSchema.Create();
        _engine = new GraphQLEngine(_schema);
        _introspectionText = BenchSchema.Read("graphql-js", "introspection-query.graphql");
        _smallText = BenchSchema.Read("shared", "small-query.graphql");
        _introspection = MustBeValid(Parser.Parse(_introspectionText));
        _list = MustBeValid(Parser.Parse(BenchSchema.Read("shared", "list-query.graphql")));
        MustSucceed(ExecuteIntrospectionQuery());
        MustSucceed(ExecuteList1000x5());
        if (!EndToEndSmallQuery().StartsWith("{\"data\":{\"item\":{\"id\":\"item-42\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The small query failed: " + EndToEndSmallQuery());
        }
    }

    /// <summary><c>parse-introspection-query</c>.</summary>
    [Benchmark]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(_introspectionText);

    /// <summary><c>validate-introspection-query</c>.</summary>
    [Benchmark]
    public int ValidateIntrospectionQuery() => Validator.Validate(_schema, _introspection).Count;

    /// <summary><c>execute-introspection-query</c>.</summary>
    [Benchmark]
    public ExecutionResult ExecuteIntrospectionQuery() =>
        Completed(Executor.ExecuteAsync(new ExecutionRequest(_schema, _introspection)));

    /// <summary><c>execute-list-1000x5</c>.</summary>
    [Benchmark]
    public ExecutionResult ExecuteList1000x5() =>
        Completed(Executor.ExecuteAsync(new ExecutionRequest(_schema, _list)));

    /// <summary><c>end-to-end-small-query</c>: the engine's document cache makes repeated texts skip parse and validation.</summary>
    [Benchmark]
    public string EndToEndSmallQuery() =>
        Completed(_engine.ExecuteAsync(_smallText, variables: SmallVariables)).ToJson();

    private DocumentNode MustBeValid(DocumentNode document)
    {
        var errors = Validator.Validate(_schema, document);
        return errors.Count == 0 ? document : throw new InvalidOperationException("Benchmark query is invalid: " + errors[0].Message);
    }

    /// <summary>The benchmark resolvers are synchronous, so execution must complete synchronously (as graphql-js's bench checks).</summary>
    private static ExecutionResult Completed(ValueTask<ExecutionResult> execution) =>
        execution.IsCompletedSuccessfully ? execution.Result : throw new InvalidOperationException("The benchmark resolvers are synchronous; execution did not complete synchronously.");

    private static void MustSucceed(ExecutionResult result)
    {
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("Benchmark query failed: " + errors[0].Message);
        }
    }
}
