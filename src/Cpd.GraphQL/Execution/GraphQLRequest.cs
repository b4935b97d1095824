namespace Cpd.GraphQL.Execution;

/// <summary>A GraphQL request as a client sends it: the document text, the operation name and the variables.</summary>
public sealed class GraphQLRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="query">The document text.</param>
    public GraphQLRequest(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
    }

    /// <summary>The document text.</summary>
    public string Query { get; }

    /// <summary>The name of the operation to run; may be omitted when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>The raw variable values, JSON-decoded (see <see cref="ExecutionRequest.VariableValues"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The services resolvers may ask for.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Per-request state shared by all resolvers.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }
}
