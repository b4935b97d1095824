using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Execution;

/// <summary>Everything <see cref="Executor.ExecuteAsync"/> needs to run one operation of a validated document.</summary>
public sealed class ExecutionRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="schema">The schema to execute against.</param>
    /// <param name="document">The document, already validated against <paramref name="schema"/>.</param>
    public ExecutionRequest(GraphQLSchema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        Schema = schema;
        Document = document;
    }

    /// <summary>The schema to execute against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document, already validated against <see cref="Schema"/>.</summary>
    public DocumentNode Document { get; }

    /// <summary>The name of the operation to run; may be omitted when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// The raw variable values, JSON-decoded: <see langword="null"/>, <see cref="bool"/>, <see cref="string"/>,
    /// <see cref="long"/>/<see cref="double"/>/<see cref="decimal"/>, <see cref="IReadOnlyList{T}"/> of values,
    /// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of values, or <see cref="System.Text.Json.JsonElement"/>s.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The services resolvers may ask for (an empty provider when omitted).</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Per-request state shared by all resolvers (a new dictionary when omitted).</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>
    /// Called for each exception a resolver throws that is not a <see cref="Errors.GraphQLException"/> (whose errors are
    /// reported as they are), with the error the executor would report for it (the exception's message, the field's
    /// location and path); the error it returns is reported instead. A server uses it to log the exception and answer
    /// with a generic message. When omitted, the exception's message is reported, as graphql-js does.
    /// </summary>
    public Func<Exception, Errors.GraphQLError, Errors.GraphQLError>? UnexpectedErrorFilter { get; init; }
}
