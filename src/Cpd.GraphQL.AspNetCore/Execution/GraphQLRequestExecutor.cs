using Cpd.GraphQL.AspNetCore.DataLoaders;
using Cpd.GraphQL.AspNetCore.Http;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>
/// Runs GraphQL requests for the server: parse and validate once per document text (the engine's LRU document cache,
/// sized by <see cref="GraphQLServerOptions.DocumentCacheSize"/>; a hit skips both), check the operation against the limits, execute it with a timeout and the request's DataLoader
/// scheduling. The HTTP endpoint uses it; so can tests and background jobs that want the same path in process.
/// </summary>
public sealed class GraphQLRequestExecutor
{
    private const string UnexpectedErrorMessage = "Unexpected Execution Error";

    private readonly GraphQLEngine _engine;
    private readonly Func<Exception, GraphQLError, GraphQLError>? _unexpectedErrorFilter;

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
        if (!Options.IncludeExceptionDetails)
        {
            var logger = services.GetService<ILoggerFactory>()?.CreateLogger<GraphQLRequestExecutor>() ?? NullLogger<GraphQLRequestExecutor>.Instance;
            _unexpectedErrorFilter = (exception, error) =>
            {
                GraphQLServerLog.ResolverFailed(logger, string.Join('.', error.Path ?? []), exception);
                return new GraphQLError(UnexpectedErrorMessage, error.Locations, error.Path,
                    new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.InternalServerError });
            };
        }

        _engine = new GraphQLEngine(schema, new GraphQLEngineOptions
        {
            DocumentCacheSize = Options.DocumentCacheSize,
            ParserOptions = new ParserOptions
            {
                MaxTokens = Options.MaxTokens,
                MaxDepth = Math.Max(ParserOptions.Default.MaxDepth, Options.MaxDepth + 1),
            },
            ValidationOptions = IntrospectionEnabled
                ? ValidationOptions.Default
                : new ValidationOptions { Rules = [.. SpecifiedRules.All, IntrospectionDisabledRule.Rule], EnableSuggestions = false },
        });
    }

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The server's options.</summary>
    public GraphQLServerOptions Options { get; }

    /// <summary>Whether introspection and field suggestions are on (see <see cref="GraphQLServerOptions.EnableIntrospection"/>).</summary>
    public bool IntrospectionEnabled { get; }

    /// <summary>The engine that parses, validates and caches documents (its counters show the cache at work).</summary>
    public GraphQLEngine Engine => _engine;

    /// <summary>Runs a request: any operation type, the result as the specification shapes it.</summary>
    /// <param name="request">The request; its <see cref="GraphQLRequest.Services"/> scope the DataLoaders.</param>
    /// <param name="cancellationToken">Cancels the execution.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var outcome = await ExecuteAsync(request, allowMutations: true, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return outcome.Result!;
    }

    internal async ValueTask<RequestOutcome> ExecuteAsync(GraphQLRequest request, bool allowMutations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_engine.TryGetValidDocument(request.Query, out var document, out var errors))
        {
            return new RequestOutcome(ExecutionResult.FromRequestErrors(errors), RequestOutcomeKind.RequestError, request.OperationName);
        }

        var operation = LimitChecks.FindOperation(document, request.OperationName);
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

        var executionRequest = new ExecutionRequest(Schema, document)
        {
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            RootValue = request.RootValue,
            Services = request.Services,
            ContextData = request.ContextData,
            UnexpectedErrorFilter = _unexpectedErrorFilter,
        };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.ExecutionTimeout);
        try
        {
            var scope = request.Services?.GetService<DataLoaderScope>();
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

    private GraphQLError? CheckLimits(DocumentNode document, OperationDefinitionNode operation, GraphQLRequest request)
    {
        var key = operation.Name?.Value ?? string.Empty;
        var checks = LimitChecks.For(document);
        if (checks.TryGet(key, out var remembered))
        {
            return remembered;
        }

        var error = OperationLimits.Check(Schema, document, operation, Options, request.Variables, out var usedVariables);
        if (!usedVariables)
        {
            checks.Add(key, error);
        }

        return error;
    }
}
