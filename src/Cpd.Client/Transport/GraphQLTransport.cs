using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Cpd.Client.Errors;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Cpd.Client.Transport;

/// <summary>
/// Sends GraphQL operations over HTTP with retries, and turns every kind of failure into the client's one error
/// style. One logical call gets one <c>Idempotency-Key</c> (mutations only), which every retry of it repeats, so that
/// the API can answer a replay with the stored response instead of writing twice.
/// </summary>
internal sealed class GraphQLTransport
{
    private const string IdempotencyKeyHeader = "Idempotency-Key";
    private static readonly ResiliencePropertyKey<CallState> CallStateKey = new("Cpd.Client.CallState");
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly CpdClientOptions _options;
    private readonly ResiliencePipeline<AttemptResult> _pipeline;
    private readonly AuthenticationHeaderValue _authorization;

    public GraphQLTransport(HttpClient http, CpdClientOptions options)
    {
        _http = http;
        _options = options;
        _authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        _pipeline = BuildPipeline(options);
    }

    /// <summary>Sends a prepared request body and returns <c>data</c>, or throws the <see cref="CpdException"/> that says why not.</summary>
    public async Task<TData?> SendAsync<TData>(GraphQLOperation operation, byte[] body, JsonTypeInfo<TData> dataType, CancellationToken cancellationToken)
    {
        var state = new CallState(operation, body, operation.IsMutation ? Guid.NewGuid().ToString("D") : null);
        var context = ResilienceContextPool.Shared.Get(operation.OperationName, cancellationToken);
        context.Properties.Set(CallStateKey, state);
        AttemptResult result;
        try
        {
            result = await _pipeline.ExecuteAsync(
                static (ctx, self) => new ValueTask<AttemptResult>(self.AttemptAsync(ctx.Properties.GetValue(CallStateKey, null!), ctx.CancellationToken)),
                context,
                this).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (IsTransientException(ex, cancellationToken))
        {
            throw new CpdTransportException(
                CpdErrorCodes.NetworkError,
                $"The Cpd API could not be reached after {state.Attempts} attempt(s): {ex.Message}",
                statusCode: null,
                state.Attempts,
                ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        return Interpret(result, dataType, state);
    }

    private async Task<AttemptResult> AttemptAsync(CallState state, CancellationToken cancellationToken)
    {
        state.Attempts++;
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Endpoint);
        request.Content = new ByteArrayContent(state.Body) { Headers = { ContentType = JsonContentType } };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        request.Headers.Authorization = _authorization;
        if (state.IdempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, state.IdempotencyKey);
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new AttemptResult(response.StatusCode, RetryAfterOf(response), bytes);
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _options.TimeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static TData? Interpret<TData>(AttemptResult result, JsonTypeInfo<TData> dataType, CallState state)
    {
        var status = result.Status;
        var response = GraphQLResponse<TData>.TryRead(result.Body, dataType);
        if (status == HttpStatusCode.Unauthorized)
        {
            var said = response is { Errors.Count: > 0 } r ? r.Errors[0].Message : "the API key is missing, unknown or revoked";
            throw new CpdAuthenticationException($"The Cpd API did not accept the API key (HTTP 401): {said}");
        }

        if (status == HttpStatusCode.UnprocessableEntity && state.IdempotencyKey is not null)
        {
            throw new CpdTransportException(
                CpdErrorCodes.IdempotencyKeyReused,
                $"The Cpd API refused Idempotency-Key {state.IdempotencyKey}: it was already used with another request (HTTP 422).",
                status,
                state.Attempts);
        }

        if (IsTransientStatus(status))
        {
            // Still failing after the retries (or asking for a longer wait than allowed): a transport failure, whatever the body says.
            var serverCode = response is { Errors.Count: > 0 } failed ? failed.Errors[0].Code : null;
            throw new CpdTransportException(
                serverCode ?? CpdErrorCodes.HttpError,
                $"The Cpd API answered HTTP {(int)status} {status} after {state.Attempts} attempt(s){Excerpt(result.Body)}",
                status,
                state.Attempts)
            {
                RetryAfter = result.RetryAfter,
            };
        }

        if (response is { } graphQL)
        {
            if (graphQL.Errors.Count > 0)
            {
                throw ErrorsToException(graphQL.Errors);
            }

            if (graphQL.DataError is { } dataError)
            {
                throw new CpdTransportException(
                    CpdErrorCodes.InvalidResponse,
                    $"The Cpd API's data for {state.Operation.OperationName ?? "the operation"} does not fit the client's types (is the client older than the API?): {dataError}",
                    status,
                    state.Attempts);
            }

            if ((int)status is >= 200 and < 300)
            {
                return graphQL.Data;
            }
        }

        if (status == HttpStatusCode.Forbidden)
        {
            throw new CpdForbiddenException([new CpdGraphQLError("The Cpd API refused the request (HTTP 403).", CpdErrorCodes.Forbidden, null, new Dictionary<string, System.Text.Json.JsonElement>())]);
        }

        var success = (int)status is >= 200 and < 300;
        throw new CpdTransportException(
            success ? CpdErrorCodes.InvalidResponse : CpdErrorCodes.HttpError,
            (success ? "The Cpd API answered something that is not a GraphQL response" : $"The Cpd API answered HTTP {(int)status} {status}")
                + $" after {state.Attempts} attempt(s){Excerpt(result.Body)}",
            status,
            state.Attempts)
        {
            RetryAfter = result.RetryAfter,
        };
    }

    /// <summary>The one mapping from GraphQL errors to exceptions: authentication first, then authorisation, then the rest.</summary>
    internal static CpdException ErrorsToException(IReadOnlyList<CpdGraphQLError> errors)
    {
        if (errors.FirstOrDefault(e => e.Code == CpdErrorCodes.Unauthenticated) is { } unauthenticated)
        {
            return new CpdAuthenticationException("The Cpd API did not accept the API key: " + unauthenticated.Message);
        }

        return errors.Any(e => e.Code == CpdErrorCodes.Forbidden)
            ? new CpdForbiddenException(errors)
            : new CpdGraphQLException(errors);
    }

    private static string Excerpt(byte[] body)
    {
        if (body.Length == 0)
        {
            return ".";
        }

        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
        return ": " + text.ReplaceLineEndings(" ") + (body.Length > 300 ? "…" : string.Empty);
    }

    private static bool IsTransientException(Exception exception, CancellationToken callerToken) =>
        exception is HttpRequestException or TimeoutRejectedException or IOException
        || (exception is OperationCanceledException && !callerToken.IsCancellationRequested);

    private static bool IsTransientStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.RequestTimeout or HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests => true,
        HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
        _ => (int)status is >= 500 and < 600,
    };

    private static ResiliencePipeline<AttemptResult> BuildPipeline(CpdClientOptions options)
    {
        // The attempt timeout runs on the real clock whatever TimeProvider schedules the waits between attempts.
        var timeout = new ResiliencePipelineBuilder { TimeProvider = TimeProvider.System }
            .AddTimeout(options.AttemptTimeout)
            .Build();
        var builder = new ResiliencePipelineBuilder<AttemptResult> { TimeProvider = options.TimeProvider };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxDelay, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    if (options.OnRetry is { } onRetry)
                    {
                        var state = args.Context.Properties.GetValue(CallStateKey, null!);
                        onRetry(new CpdRetryAttempt(
                            state.Operation.OperationName,
                            args.AttemptNumber + 1,
                            args.RetryDelay,
                            args.Outcome.Result?.Status,
                            args.Outcome.Exception,
                            state.IdempotencyKey));
                    }

                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.AddPipeline(timeout).Build();
    }

    private static bool ShouldRetry(Outcome<AttemptResult> outcome, TimeSpan maxDelay, CancellationToken callerToken)
    {
        if (outcome.Exception is { } exception)
        {
            return IsTransientException(exception, callerToken);
        }

        var result = outcome.Result!;
        // A server that asks for a longer wait than the caller allows is not retried: the call fails with RetryAfter set.
        return IsTransientStatus(result.Status) && (result.RetryAfter is null || result.RetryAfter <= maxDelay);
    }

    /// <summary>One logical call: its body, its idempotency key, and how many attempts it has made.</summary>
    private sealed class CallState(GraphQLOperation operation, byte[] body, string? idempotencyKey)
    {
        public GraphQLOperation Operation { get; } = operation;

        public byte[] Body { get; } = body;

        public string? IdempotencyKey { get; } = idempotencyKey;

        public int Attempts { get; set; }
    }
}
