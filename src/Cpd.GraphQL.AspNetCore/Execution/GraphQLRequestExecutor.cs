using Cpd.GraphQL.AspNetCore.DataLoaders;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>
/// Runs GraphQL requests for the server: parse and validate once per document text (an LRU document cache; a hit
/// skips both), check the operation against the limits, execute it with a timeout and the request's DataLoader
/// scheduling. The HTTP endpoint uses it; so can tests and background jobs that want the same path in process.
/// </summary>
public sealed class GraphQLRequestExecutor
{
    private readonly DocumentCache _cache;
    private readonly ParserOptions _parserOptions;
    private readonly ValidationOptions _validationOptions;
    private long _parses;

    /// <summary>Creates the executor (one per application).</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="options">The server's options.</param>
    /// <param name="services">The application's services (for the host environment).</param>
    public GraphQLRequestExecutor(GraphQLSchema schema, IOptions<GraphQLServerOptions> options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        Schema = schema;
        Options = options.Value;
        IntrospectionEnabled = Options.EnableIntrospection ?? services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        _cache = new DocumentCache(Options.DocumentCacheSize);
        _parserOptions = new ParserOptions
        {
            MaxTokens = Options.MaxTokens,
            MaxDepth = Math.Max(ParserOptions.Default.MaxDepth, Options.MaxDepth + 1),
        };
        _validationOptions = IntrospectionEnabled
            ? ValidationOptions.Default
            : new ValidationOptions { Rules = [.. SpecifiedRules.All, IntrospectionDisabledRule.Rule], EnableSuggestions = false };
    }

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The server's options.</summary>
    public GraphQLServerOptions Options { get; }

    /// <summary>Whether introspection and field suggestions are on (see <see cref="GraphQLServerOptions.EnableIntrospection"/>).</summary>
    public bool IntrospectionEnabled { get; }

    /// <summary>How many documents are in the cache.</summary>
    public int CachedDocumentCount => _cache.Count;

    /// <summary>How many documents were parsed and validated (cache misses) since start.</summary>
    public long ParsedDocumentCount => Interlocked.Read(ref _parses);

    /// <summary>Runs a request: any operation type, the result as the specification shapes it.</summary>
    /// <param name="request">The request.</param>
    /// <param name="services">The request's services (DataLoaders are scoped to it); none when omitted.</param>
    /// <param name="cancellationToken">Cancels the execution.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        var outcome = await ExecuteAsync(request, services, allowMutations: true, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return outcome.Result!;
    }

    internal async ValueTask<RequestOutcome> ExecuteAsync(GraphQLRequest request, IServiceProvider? services, bool allowMutations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = GetDocument(request.Query);
        if (document.Errors is { } errors)
        {
            return new RequestOutcome(ExecutionResult.FromRequestErrors(errors), RequestOutcomeKind.RequestError, request.OperationName);
        }

        var operation = document.FindOperation(request.OperationName);
        var operationName = operation?.Name?.Value ?? request.OperationName;
        if (operation is not null)
        {
            if (!allowMutations && operation.Operation == OperationType.Mutation)
            {
                var refused = new GraphQLError(
                    "Mutations are not allowed over GET; send them with POST.",
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = HttpErrorCodes.MethodNotAllowed });
                return new RequestOutcome(ExecutionResult.FromRequestErrors([refused]), RequestOutcomeKind.MutationNotAllowed, operationName);
            }

            if (CheckLimits(document, operation, request) is { } limitError)
            {
                return new RequestOutcome(ExecutionResult.FromRequestErrors([limitError]), RequestOutcomeKind.RequestError, operationName);
            }
        }

        var executionRequest = new ExecutionRequest(Schema, document.Document!)
        {
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            Services = services,
        };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.ExecutionTimeout);
        try
        {
            var scope = services?.GetService<DataLoaderScope>();
            var result = scope is null
                ? await Executor.ExecuteAsync(executionRequest, timeout.Token).ConfigureAwait(false)
                : await scope.RunAsync(executionRequest, timeout.Token).ConfigureAwait(false);
            var kind = result.HasData ? RequestOutcomeKind.Executed : RequestOutcomeKind.RequestError;
            return new RequestOutcome(result, kind, operationName);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return new RequestOutcome(null, RequestOutcomeKind.Aborted, operationName);
            }

            var timedOut = new GraphQLError(
                $"The operation did not complete within the limit of {Options.ExecutionTimeout.TotalSeconds:0.###} seconds.",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["code"] = HttpErrorCodes.Timeout,
                    ["limit"] = "timeout",
                });
            return new RequestOutcome(ExecutionResult.FromData(null, [timedOut]), RequestOutcomeKind.Executed, operationName);
        }
    }

    private CachedDocument GetDocument(string text)
    {
        if (_cache.TryGet(text, out var cached))
        {
            return cached;
        }

        Interlocked.Increment(ref _parses);
        CachedDocument document;
        if (!Parser.TryParse(text, _parserOptions, out var parsed, out var syntaxError))
        {
            document = CachedDocument.Invalid([syntaxError]);
        }
        else
        {
            var errors = Validator.Validate(Schema, parsed, _validationOptions);
            document = errors.Count > 0 ? CachedDocument.Invalid(errors) : CachedDocument.Valid(parsed);
        }

        _cache.Add(text, document);
        return document;
    }

    private GraphQLError? CheckLimits(CachedDocument document, OperationDefinitionNode operation, GraphQLRequest request)
    {
        var key = operation.Name?.Value ?? string.Empty;
        if (document.TryGetLimitCheck(key, out var remembered))
        {
            return remembered;
        }

        var error = OperationLimits.Check(Schema, document.Document!, operation, Options, request.Variables, out var usedVariables);
        if (!usedVariables)
        {
            document.AddLimitCheck(key, error);
        }

        return error;
    }
}
