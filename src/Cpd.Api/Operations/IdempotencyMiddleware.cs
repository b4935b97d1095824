using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Cpd.Api.Operations;

/// <summary>
/// Makes a POSTed GraphQL mutation safe to retry with an <c>Idempotency-Key</c> header. The key belongs to the caller
/// (two callers may use the same key) and is bound to a SHA-256 hash of the request: the same key, caller and body
/// replays the stored response (status, content type, body; header <c>Idempotent-Replayed: true</c>) and runs nothing;
/// the same key with another body is refused with 422; a key whose request is still running, with 409. Only a request
/// that completed (no exception, client still there, status below 500) has its response kept; otherwise the key is freed
/// for a retry. Queries, GET requests and requests without the header pass straight through.
/// </summary>
public sealed partial class IdempotencyMiddleware(RequestDelegate next, IdempotencyStore store, IOptions<IdempotencyOptions> options,
    ILogger<IdempotencyMiddleware> logger)
{
    private const long DefaultMaxBodySize = 1024 * 1024;
    private readonly IdempotencyOptions _options = options.Value;

    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method)
            || !request.Path.Equals(_options.Path, StringComparison.OrdinalIgnoreCase)
            || !request.Headers.TryGetValue(IdempotencyOptions.HeaderName, out var values))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var key = values.Count == 1 ? values[0] : null;
        if (!IsValidKey(key))
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, OperationsErrorCodes.IdempotencyKeyInvalid,
                $"The {IdempotencyOptions.HeaderName} header must be one value of 1 to {IdempotencyOptions.MaxKeyLength} printable ASCII characters.")
                .ConfigureAwait(false);
            return;
        }

        var limit = context.RequestServices.GetService<IOptions<GraphQLServerOptions>>()?.Value.MaxRequestBodySize ?? DefaultMaxBodySize;
        if (request.ContentLength > limit)
        {
            // The endpoint answers 413 in its own words.
            await next(context).ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.PayloadTooLarge,
                $"The request body is larger than the limit of {limit} bytes.").ConfigureAwait(false);
            return;
        }

        if (!IsMutation(body))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var caller = CallerKey(context.RequestServices.GetRequiredService<Caller>());
        var hash = RequestHash(request.Method, request.Path, body);
        var (outcome, stored) = await store.BeginAsync(key!, caller, hash, context.RequestAborted).ConfigureAwait(false);
        switch (outcome)
        {
            case IdempotencyOutcome.Replay:
                context.Response.StatusCode = stored!.StatusCode ?? StatusCodes.Status200OK;
                context.Response.ContentType = stored.ContentType;
                context.Response.Headers[IdempotencyOptions.ReplayedHeaderName] = "true";
                await context.Response.Body.WriteAsync(stored.ResponseBody ?? [], context.RequestAborted).ConfigureAwait(false);
                return;
            case IdempotencyOutcome.InFlight:
                await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status409Conflict, OperationsErrorCodes.IdempotencyKeyInFlight,
                    "A request with this Idempotency-Key is still being processed; retry it later.").ConfigureAwait(false);
                return;
            case IdempotencyOutcome.Mismatch:
                await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, OperationsErrorCodes.IdempotencyKeyReused,
                    "This Idempotency-Key was used with a different request; use a new key for a new request.").ConfigureAwait(false);
                return;
        }

        await RunAndKeepAsync(context, key!, caller).ConfigureAwait(false);
    }

    /// <summary>The identity a key belongs to: the API key, else the token's role, scope and name (hashed: it may be long), else anonymous.</summary>
    internal static string CallerKey(Caller caller) =>
        caller.KeyId is { } id ? $"key:{id}"
        : caller.IsAuthenticated ? "jwt:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{caller.Role}|{caller.ScopeText}|{caller.Name}")))
        : "anonymous";

    private async Task RunAndKeepAsync(HttpContext context, string key, string caller)
    {
        var response = context.Response;
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer, original);
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        var completed = false;
        try
        {
            await next(context).ConfigureAwait(false);
            await capture.CompleteAsync().ConfigureAwait(false);
            completed = !context.RequestAborted.IsCancellationRequested && response.StatusCode < 499;
        }
        finally
        {
            context.Features.Set(original);
            try
            {
                if (completed)
                {
                    await store.CompleteAsync(key, caller, response.StatusCode, response.ContentType, buffer.ToArray(), CancellationToken.None)
                        .ConfigureAwait(false);
                }
                else
                {
                    await store.ReleaseAsync(key, caller, CancellationToken.None).ConfigureAwait(false);
                }
            }
#pragma warning disable CA1031 // The answer is sent whatever happens to its copy; an unsaved key is freed after InFlightTimeout.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogStoreFailed(logger, exception);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original.Stream, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= IdempotencyOptions.MaxKeyLength } && key.All(c => c is >= ' ' and <= '~');

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            copy.Write(chunk, 0, read);
            if (copy.Length > limit)
            {
                return null;
            }
        }

        var body = copy.ToArray();
        request.Body = new MemoryStream(body, writable: false);
        return body;
    }

    // Whether the body is a GraphQL request whose selected operation is a mutation (anything unreadable is left to the endpoint).
    private static bool IsMutation(byte[] body)
    {
        string? query = null, operationName = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isQuery = reader.ValueTextEquals("query"u8);
                var isName = reader.ValueTextEquals("operationName"u8);
                reader.Read();
                if (isQuery && reader.TokenType == JsonTokenType.String)
                {
                    query = reader.GetString();
                }
                else if (isName && reader.TokenType == JsonTokenType.String)
                {
                    operationName = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        if (query is null || !Parser.TryParse(query, new ParserOptions { NoLocation = true }, out var document, out _))
        {
            return false;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return selected?.Operation == OperationType.Mutation;
    }

    /// <summary>What binds a key to its request: SHA-256 (hex) of the method, path and body.</summary>
    internal static string RequestHash(string method, string path, byte[] body)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{method} {path}\n"));
        sha.AppendData(body);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the outcome of an idempotent request; its key is freed after the in-flight timeout.")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);
}
