using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// Executes an operation of a validated document (spec 6, "Execution"): selects the operation, coerces the variables,
/// executes the root selection set (mutations serially, other fields concurrently) and completes every value with
/// non-null propagation. Field errors become entries of <see cref="ExecutionResult.Errors"/>; request errors give a
/// result without data.
/// </summary>
/// <remarks>
/// Hostile inputs are errors, never a stack overflow: a variable value nested deeper than 128 levels is a request
/// error, and an object nested deeper than 512 levels in the result (fragments spreading fragments can select that
/// deep) or than the call stack allows, or a scalar serialized to a value nested deeper than 128 levels, is a field
/// error at that position.
/// </remarks>
public static class Executor
{
    /// <summary>Executes the request.</summary>
    /// <param name="request">The schema, the validated document, the operation name and the variables.</param>
    /// <param name="cancellationToken">Cancels the execution; resolvers see it as <c>IResolverContext.CancellationToken</c>.</param>
    /// <returns>The result; completes synchronously when every resolver does.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operation = GetOperation(request.Document, request.OperationName, fragments, out var operationError);
        if (operation is null)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromRequestErrors([operationError!]));
        }

        var errors = new List<GraphQLError>();
        Dictionary<string, object?> variables;
        try
        {
            variables = ValueCoercion.CoerceVariables(request.Schema, operation, request.VariableValues, errors);
        }
        catch (ValueCoercion.VariableErrorLimitException limit)
        {
            errors.Add(new GraphQLError(limit.Message));
            variables = [];
        }

        if (errors.Count > 0)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromRequestErrors(errors));
        }

        var rootType = request.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            var error = ExecutionErrors.At(ExecutionErrors.RootTypeMissing(OperationTypeName(operation.Operation)), operation);
            return new ValueTask<ExecutionResult>(ExecutionResult.FromData(null, [error]));
        }

        var executor = new OperationExecutor(
            request.Schema,
            operation,
            fragments,
            variables,
            request.RootValue,
            request.Services ?? EmptyServiceProvider.Instance,
            request.ContextData,
            request.UnexpectedErrorFilter,
            cancellationToken);
        var data = executor.ExecuteRoot(rootType, operation.Operation == OperationType.Mutation);
        if (data.IsCompletedSuccessfully)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new ValueTask<ExecutionResult>(BuildResult(executor, data.Result));
        }

        return AwaitResult(executor, data, cancellationToken);
    }

    private static async ValueTask<ExecutionResult> AwaitResult(OperationExecutor executor, ValueTask<object?> data, CancellationToken cancellationToken)
    {
        var completed = cancellationToken.CanBeCanceled
            ? await data.AsTask().WaitAsync(cancellationToken).ConfigureAwait(false)
            : await data.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return BuildResult(executor, completed);
    }

    private static ExecutionResult BuildResult(OperationExecutor executor, object? completed)
    {
        var data = executor.ToData(completed);
        return ExecutionResult.FromData(data, executor.Errors.Count > 0 ? executor.Errors.ToArray() : null);
    }

    /// <summary>GetOperation (spec 6.1): the named operation, or the only one; also gathers the fragments.</summary>
    private static OperationDefinitionNode? GetOperation(
        DocumentNode document,
        string? operationName,
        Dictionary<string, FragmentDefinitionNode> fragments,
        out GraphQLError? error)
    {
        OperationDefinitionNode? operation = null;
        error = null;
        var ambiguous = false;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (operationName is null)
                    {
                        ambiguous |= operation is not null;
                        operation ??= candidate;
                    }
                    else if (candidate.Name?.Value == operationName)
                    {
                        operation = candidate;
                    }

                    break;
                case FragmentDefinitionNode fragment:
                    fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
            }
        }

        if (ambiguous)
        {
            error = new GraphQLError(ExecutionErrors.OperationNameRequired);
            return null;
        }

        if (operation is null)
        {
            error = new GraphQLError(operationName is null ? ExecutionErrors.NoOperation : ExecutionErrors.UnknownOperation(operationName));
        }

        return operation;
    }

    private static string OperationTypeName(OperationType type) => type switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
