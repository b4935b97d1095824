namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>A GraphQL request's parameters, as GraphQL over HTTP names them.</summary>
public sealed class GraphQLRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="query">The document's text.</param>
    public GraphQLRequest(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
    }

    /// <summary>The document's text.</summary>
    public string Query { get; }

    /// <summary>The name of the operation to run; may be omitted when the document has one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>The variable values, JSON-decoded (or <see cref="System.Text.Json.JsonElement"/>s).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's extensions (accepted and ignored unless a feature reads them).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
