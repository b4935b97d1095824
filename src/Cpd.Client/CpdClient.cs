using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cpd.Client.Errors;
using Cpd.Client.Transport;

namespace Cpd.Client;

/// <summary>
/// The typed client of the Cpd GraphQL API. Every call is one GraphQL operation, retried on transient failures
/// (mutations with one <c>Idempotency-Key</c> across their retries, so a retry never writes twice). Input the API
/// rejects comes back as <see cref="UserError"/>s in a <see cref="CpdResult{T}"/>; failures throw a
/// <see cref="CpdException"/>. Thread-safe; create one per endpoint and reuse it (or register it with
/// <c>services.AddCpdClient(…)</c>).
/// </summary>
public sealed partial class CpdClient : IDisposable
{
    private readonly GraphQLTransport _transport;
    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;
    private readonly CpdClientOptions _options;
    private readonly JsonSerializerOptions _executeJson;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">The endpoint, API key and retry settings.</param>
    /// <exception cref="ArgumentException">An option is missing or out of range.</exception>
    public CpdClient(CpdClientOptions options)
        : this(CreateOwnHttpClient(), options, ownsHttpClient: true)
    {
    }

    /// <summary>Creates a client that sends through the given <see cref="HttpClient"/> (which the caller keeps and disposes).</summary>
    /// <param name="httpClient">The HTTP client; its handlers, if any, see every attempt.</param>
    /// <param name="options">The endpoint, API key and retry settings.</param>
    /// <exception cref="ArgumentException">An option is missing or out of range.</exception>
    public CpdClient(HttpClient httpClient, CpdClientOptions options)
        : this(httpClient, options, ownsHttpClient: false)
    {
    }

    private CpdClient(HttpClient httpClient, CpdClientOptions options, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            options.Validate();
        }
        catch when (ownsHttpClient)
        {
            httpClient.Dispose();
            throw;
        }

        _http = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _options = options.Clone();
        _transport = new GraphQLTransport(httpClient, _options);
        _executeJson = new JsonSerializerOptions(CpdJsonContext.Default.Options)
        {
            TypeInfoResolver = options.TypeInfoResolver is null
                ? CpdJsonContext.Default
                : JsonTypeInfoResolver.Combine(options.TypeInfoResolver, CpdJsonContext.Default),
        };
        _executeJson.MakeReadOnly();
    }

    /// <summary>
    /// Runs any GraphQL document and returns its <c>data</c> as <typeparamref name="T"/>, resolved through
    /// <see cref="CpdClientOptions.TypeInfoResolver"/> (your source-generated context) or the client's own
    /// (<see cref="JsonElement"/>, <see cref="System.Text.Json.Nodes.JsonNode"/>, primitives). A mutation gets an
    /// <c>Idempotency-Key</c> like every typed mutation.
    /// </summary>
    /// <typeparam name="T">The type <c>data</c> deserializes into.</typeparam>
    /// <param name="document">The GraphQL document.</param>
    /// <param name="variables">The variables; values must be serializable by the same resolvers.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <returns>The response's <c>data</c>.</returns>
    /// <exception cref="CpdGraphQLException">The response has errors (<see cref="CpdForbiddenException"/> for <c>FORBIDDEN</c>).</exception>
    /// <exception cref="CpdAuthenticationException">The API key was refused.</exception>
    /// <exception cref="CpdTransportException">No GraphQL response could be had after the allowed attempts.</exception>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> is not known to any resolver.</exception>
    public Task<T> ExecuteAsync<T>(string document, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(document, variables, ResultType<T>(), operationName: null, cancellationToken);

    /// <summary>Runs any GraphQL document and returns its <c>data</c>, deserialized with the given metadata.</summary>
    /// <typeparam name="T">The type <c>data</c> deserializes into.</typeparam>
    /// <param name="document">The GraphQL document.</param>
    /// <param name="variables">The variables; values must be serializable by <see cref="CpdClientOptions.TypeInfoResolver"/> or be JSON primitives.</param>
    /// <param name="resultType">Source-generated metadata for <typeparamref name="T"/> (such as <c>MyContext.Default.MyData</c>).</param>
    /// <param name="operationName">The operation to run, when the document has several.</param>
    /// <param name="cancellationToken">Cancels the call, including waits between retries.</param>
    /// <returns>The response's <c>data</c>.</returns>
    /// <exception cref="CpdGraphQLException">The response has errors (<see cref="CpdForbiddenException"/> for <c>FORBIDDEN</c>).</exception>
    /// <exception cref="CpdAuthenticationException">The API key was refused.</exception>
    /// <exception cref="CpdTransportException">No GraphQL response could be had after the allowed attempts.</exception>
    public async Task<T> ExecuteAsync<T>(
        string document,
        IReadOnlyDictionary<string, object?>? variables,
        JsonTypeInfo<T> resultType,
        string? operationName = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        ArgumentNullException.ThrowIfNull(resultType);
        var operation = GraphQLOperation.Inspect(document, operationName);
        var body = GraphQLRequestWriter.Write(operation, variables, (JsonTypeInfo<IReadOnlyDictionary<string, object?>>)_executeJson.GetTypeInfo(typeof(IReadOnlyDictionary<string, object?>)));
        var data = await _transport.SendAsync(operation, body, resultType, cancellationToken).ConfigureAwait(false);
        return data ?? throw new CpdTransportException(CpdErrorCodes.InvalidResponse, "The Cpd API answered no data and no errors.", null, 1);
    }

    /// <summary>Releases the connection pool, if this client created it.</summary>
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _http.Dispose();
        }
    }

    private JsonTypeInfo<T> ResultType<T>()
    {
        if (_executeJson.TryGetTypeInfo(typeof(T), out var info))
        {
            return (JsonTypeInfo<T>)info;
        }

        throw new InvalidOperationException(
            $"The client has no serialization metadata for {typeof(T)}: add it to a JsonSerializerContext and set CpdClientOptions.TypeInfoResolver, or pass its JsonTypeInfo to ExecuteAsync.");
    }

    private static HttpClient CreateOwnHttpClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
}
