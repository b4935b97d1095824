using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Cpd.Client.Errors;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client;

/// <summary>The three shapes every typed operation takes: a query, a mutation with a payload, and a paged list.</summary>
public sealed partial class CpdClient
{
    /// <summary>The API's code for an id that names nothing.</summary>
    private const string NotFound = "NOT_FOUND";

    internal async Task<TData> QueryAsync<TVariables, TData>(
        GraphQLOperation operation,
        TVariables variables,
        JsonTypeInfo<TVariables> variablesType,
        JsonTypeInfo<TData> dataType,
        CancellationToken cancellationToken)
    {
        var body = GraphQLRequestWriter.Write(operation, variables, variablesType);
        var data = await _transport.SendAsync(operation, body, dataType, cancellationToken).ConfigureAwait(false);
        return data ?? throw new CpdTransportException(
            CpdErrorCodes.InvalidResponse, $"The Cpd API answered {operation.OperationName} with no data and no errors.", null, 1);
    }

    /// <summary>
    /// Reads one object by global id: <c>null</c> when the API answers <c>NOT_FOUND</c> (other errors, such as
    /// <c>FORBIDDEN</c> or <c>MALFORMED_ID</c>, throw as for any query).
    /// </summary>
    internal async Task<TNode?> GetByIdAsync<TData, TNode>(
        GraphQLOperation operation,
        string id,
        JsonTypeInfo<TData> dataType,
        Func<TData, TNode?> nodeOf,
        CancellationToken cancellationToken)
        where TNode : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        try
        {
            var data = await QueryAsync(operation, new IdVariables(id), CpdJsonContext.Default.IdVariables, dataType, cancellationToken).ConfigureAwait(false);
            return nodeOf(data);
        }
        catch (CpdGraphQLException ex) when (ex.Code == NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Runs a mutation and turns its payload into a result: the payload's <c>errors</c> become <see cref="UserError"/>s,
    /// except a denial (<c>FORBIDDEN</c>, <c>UNAUTHENTICATED</c>), which is not about the input and throws like a denied
    /// read, so that callers handle every denial in one place.
    /// </summary>
    internal async Task<CpdResult<TResult>> MutateAsync<TVariables, TData, TPayload, TResult>(
        GraphQLOperation operation,
        TVariables variables,
        JsonTypeInfo<TVariables> variablesType,
        JsonTypeInfo<TData> dataType,
        Func<TData, TPayload?> payloadOf,
        Func<TPayload, TResult?> resultOf,
        CancellationToken cancellationToken)
        where TPayload : class, IPayloadWire
    {
        var data = await QueryAsync(operation, variables, variablesType, dataType, cancellationToken).ConfigureAwait(false);
        var payload = payloadOf(data) ?? throw new CpdTransportException(
            CpdErrorCodes.InvalidResponse, $"The Cpd API answered {operation.OperationName} without its payload.", null, 1);
        var result = resultOf(payload);
        var errors = ToUserErrors(payload.Errors);
        ThrowIfDenied(errors);
        if (errors.Count > 0)
        {
            return CpdResult.Failure(errors, result);
        }

        return result is null
            ? throw new CpdTransportException(CpdErrorCodes.InvalidResponse, $"The Cpd API answered {operation.OperationName} with neither a result nor errors.", null, 1)
            : CpdResult.Success(result);
    }

    /// <summary>Pages through a connection lazily, one request per page of <see cref="CpdClientOptions.PageSize"/> items.</summary>
    internal async IAsyncEnumerable<TNode> PageAsync<TVariables, TData, TNode>(
        GraphQLOperation operation,
        Func<int, string?, TVariables> variablesFor,
        JsonTypeInfo<TVariables> variablesType,
        JsonTypeInfo<TData> dataType,
        Func<TData, ConnectionWire<TNode>?> connectionOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TNode : class
    {
        string? after = null;
        while (true)
        {
            var data = await QueryAsync(operation, variablesFor(_options.PageSize, after), variablesType, dataType, cancellationToken).ConfigureAwait(false);
            var page = connectionOf(data) ?? throw new CpdTransportException(
                CpdErrorCodes.InvalidResponse, $"The Cpd API answered {operation.OperationName} without its list.", null, 1);
            foreach (var node in page.Nodes ?? [])
            {
                if (node is not null)
                {
                    yield return node;
                }
            }

            if (page.PageInfo is not { HasNextPage: true, EndCursor: { } next })
            {
                yield break;
            }

            if (next == after)
            {
                throw new CpdTransportException(
                    CpdErrorCodes.InvalidResponse, $"The Cpd API answered {operation.OperationName} with the same cursor twice; paging stopped.", null, 1);
            }

            after = next;
        }
    }

    /// <summary>Throws for a payload that says the caller may not do this at all.</summary>
    internal static void ThrowIfDenied(IReadOnlyList<UserError> errors)
    {
        var denials = errors.Where(e => e.Code is CpdErrorCodes.Forbidden or CpdErrorCodes.Unauthenticated).ToList();
        if (denials.Count > 0)
        {
            throw GraphQLTransport.ErrorsToException(
                denials.ConvertAll(e => new CpdGraphQLError(e.Message, e.Code, null, new Dictionary<string, System.Text.Json.JsonElement>())));
        }
    }

    internal static IReadOnlyList<UserError> ToUserErrors(List<UserErrorWire>? errors) =>
        errors is null or { Count: 0 }
            ? []
            : errors.ConvertAll(e => new UserError(e.Code ?? CpdErrorCodes.GraphQLError, e.Message ?? string.Empty, e.Field));
}
