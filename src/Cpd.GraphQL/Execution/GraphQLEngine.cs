using System.Diagnostics.CodeAnalysis;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// The request pipeline shared by tests and the HTTP layer: parse (with the parser's limits), validate, execute. Parsed
/// and validated documents are cached by their text, so a repeated query skips parsing and validation. Request errors
/// (syntax, validation, variables) give a result with errors and no data.
/// </summary>
public sealed class GraphQLEngine
{
    private readonly GraphQLEngineOptions _options;
    private readonly DocumentCache _cache;
    private long _cacheHits;
    private long _cacheMisses;

    /// <summary>Creates an engine for a schema.</summary>
    /// <param name="schema">The schema requests run against.</param>
    /// <param name="options">Parser limits, validation rules and the document cache size; <see cref="GraphQLEngineOptions.Default"/> when omitted.</param>
    public GraphQLEngine(GraphQLSchema schema, GraphQLEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _options = options ?? GraphQLEngineOptions.Default;
        _cache = new DocumentCache(_options.DocumentCacheSize);
    }

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>How many requests found their document in the cache (and skipped parsing and validation).</summary>
    public long DocumentCacheHits => Interlocked.Read(ref _cacheHits);

    /// <summary>How many requests parsed and validated their document.</summary>
    public long DocumentCacheMisses => Interlocked.Read(ref _cacheMisses);

    /// <summary>How many documents the cache holds.</summary>
    public int CachedDocumentCount => _cache.Count;

    /// <summary>Parses, validates and executes a request.</summary>
    /// <param name="query">The document text.</param>
    /// <param name="operationName">The operation to run, when the document has several.</param>
    /// <param name="variables">The raw variable values, JSON-decoded.</param>
    /// <param name="services">The services resolvers may ask for.</param>
    /// <param name="cancellationToken">Cancels the execution.</param>
    /// <returns>The result.</returns>
    public ValueTask<ExecutionResult> ExecuteAsync(
        string query,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(new GraphQLRequest(query) { OperationName = operationName, Variables = variables, Services = services }, cancellationToken);

    /// <summary>Parses, validates and executes a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the execution.</param>
    /// <returns>The result.</returns>
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = GetDocument(request.Query);
        if (entry.Errors is { } errors)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromRequestErrors(errors));
        }

        return Executor.ExecuteAsync(
            new ExecutionRequest(Schema, entry.Document!)
            {
                OperationName = request.OperationName,
                VariableValues = request.Variables,
                RootValue = request.RootValue,
                Services = request.Services,
                ContextData = request.ContextData,
            },
            cancellationToken);
    }

    /// <summary>
    /// Parses and validates a document, or finds it in the cache: for hosts (the HTTP layer) that look at the
    /// operation before executing it (limits, GET refusing mutations) and then run it with <see cref="Executor"/>.
    /// </summary>
    /// <param name="query">The document text.</param>
    /// <param name="document">The valid document.</param>
    /// <param name="errors">The syntax or validation errors, when the document is not valid.</param>
    /// <returns>True when the document is valid.</returns>
    public bool TryGetValidDocument(string query, [NotNullWhen(true)] out DocumentNode? document, [NotNullWhen(false)] out IReadOnlyList<GraphQLError>? errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entry = GetDocument(query);
        document = entry.Document;
        errors = entry.Errors;
        return document is not null;
    }

    private DocumentCache.Entry GetDocument(string text)
    {
        if (_cache.TryGet(text, out var cached))
        {
            Interlocked.Increment(ref _cacheHits);
            return cached;
        }

        Interlocked.Increment(ref _cacheMisses);
        DocumentCache.Entry entry;
        if (!Parser.TryParse(text, _options.ParserOptions, out var document, out var syntaxError))
        {
            entry = new DocumentCache.Entry(text, null, [syntaxError]);
        }
        else
        {
            var validationErrors = Validator.Validate(Schema, document, _options.ValidationOptions);
            entry = new DocumentCache.Entry(text, validationErrors.Count == 0 ? document : null, validationErrors.Count == 0 ? null : validationErrors);
        }

        _cache.Add(text, entry);
        return entry;
    }
}
