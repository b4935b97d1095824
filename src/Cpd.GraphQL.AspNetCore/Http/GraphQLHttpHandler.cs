using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cpd.GraphQL.AspNetCore.Execution;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Execution;
using Cpd.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cpd.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: <c>POST</c> with a JSON body, <c>GET</c> with query parameters (queries only),
/// <c>GET ?sdl</c> for the schema, <c>GET</c> from a browser for the IDE. Status codes follow the GraphQL over HTTP
/// draft: with <c>application/json</c> a GraphQL error is answered with 200; with
/// <c>application/graphql-response+json</c> a response without data is answered with 400.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly GraphQLRequestExecutor _executor;
    private readonly ILogger _logger;
    private readonly Lazy<byte[]> _sdl;

    public GraphQLHttpHandler(GraphQLRequestExecutor executor, ILoggerFactory loggerFactory)
    {
        _executor = executor;
        _logger = loggerFactory.CreateLogger(GraphQLServerLog.RequestCategory);
        _sdl = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(SchemaPrinter.Print(executor.Schema)));
    }

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var request = context.Request;
        var response = context.Response;
        var format = MediaTypes.Negotiate(request.Headers.Accept);
        string? operationName = null;
        var errorCount = 0;
        try
        {
            RequestOutcome outcome;
            if (HttpMethods.IsPost(request.Method))
            {
                if (!MediaTypes.IsJsonContent(request.ContentType))
                {
                    errorCount = 1;
                    await WriteErrorAsync(context, format, StatusCodes.Status415UnsupportedMediaType, HttpErrorCodes.UnsupportedMediaType,
                        "The request body must be application/json in UTF-8.").ConfigureAwait(false);
                    return;
                }

                var (graphQLRequest, status, error) = await ReadBodyAsync(context).ConfigureAwait(false);
                if (graphQLRequest is null)
                {
                    errorCount = 1;
                    var code = status == StatusCodes.Status413PayloadTooLarge ? HttpErrorCodes.PayloadTooLarge : HttpErrorCodes.BadRequest;
                    await WriteErrorAsync(context, format, status, code, error!).ConfigureAwait(false);
                    return;
                }

                operationName = graphQLRequest.OperationName;
                outcome = await _executor.ExecuteAsync(graphQLRequest, allowMutations: true, context.RequestAborted).ConfigureAwait(false);
            }
            else if (HttpMethods.IsGet(request.Method))
            {
                if (await TryServeDocumentsAsync(context).ConfigureAwait(false))
                {
                    return;
                }

                var graphQLRequest = HttpRequestParser.ParseQueryString(request.Query, context.RequestServices, out var error);
                if (graphQLRequest is null)
                {
                    errorCount = 1;
                    await WriteErrorAsync(context, format, StatusCodes.Status400BadRequest, HttpErrorCodes.BadRequest, error!).ConfigureAwait(false);
                    return;
                }

                operationName = graphQLRequest.OperationName;
                outcome = await _executor.ExecuteAsync(graphQLRequest, allowMutations: false, context.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                response.Headers.Allow = "GET, POST";
                errorCount = 1;
                await WriteErrorAsync(context, format, StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed,
                    "GraphQL requests must use GET or POST.").ConfigureAwait(false);
                return;
            }

            operationName = outcome.OperationName;
            if (outcome.Result is not { } result)
            {
                // The client went away: its execution was cancelled and there is no one to answer.
                response.StatusCode = 499;
                return;
            }

            errorCount = result.Errors?.Count ?? 0;
            var statusCode = outcome.Kind switch
            {
                RequestOutcomeKind.MutationNotAllowed => StatusCodes.Status405MethodNotAllowed,
                RequestOutcomeKind.RequestError when format == ResponseFormat.GraphQLResponse => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status200OK,
            };
            if (outcome.Kind == RequestOutcomeKind.MutationNotAllowed)
            {
                response.Headers.Allow = "POST";
            }

            await WriteResultAsync(context, format, statusCode, result).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            response.StatusCode = 499;
        }
        finally
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                GraphQLServerLog.Request(_logger, request.Method, operationName, response.StatusCode, elapsed, errorCount);
            }
        }
    }

    private async Task<bool> TryServeDocumentsAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var options = _executor.Options;
        if (query.ContainsKey("sdl") && (options.EnableSchemaRequests ?? _executor.IntrospectionEnabled))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.Body.WriteAsync(_sdl.Value, context.RequestAborted).ConfigureAwait(false);
            return true;
        }

        if (!query.ContainsKey("query") && options.EnableGraphiQL)
        {
            if (query.TryGetValue(GraphiQL.AssetParameter, out var asset))
            {
                return await GraphiQL.TryServeAssetAsync(context, asset).ConfigureAwait(false);
            }

            if (MediaTypes.AcceptsHtml(context.Request.Headers.Accept))
            {
                await GraphiQL.ServePageAsync(context).ConfigureAwait(false);
                return true;
            }
        }

        return false;
    }

    private async Task<(GraphQLRequest? Request, int Status, string? Error)> ReadBodyAsync(HttpContext context)
    {
        var limit = _executor.Options.MaxRequestBodySize;
        var tooLarge = $"The request body is larger than the limit of {limit} bytes.";
        if (context.Request.ContentLength > limit)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, tooLarge);
        }

        var reader = context.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return (null, StatusCodes.Status413PayloadTooLarge, tooLarge);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                if (buffer.IsEmpty)
                {
                    reader.AdvanceTo(buffer.End);
                    return (null, StatusCodes.Status400BadRequest, "The request body is empty.");
                }

                var graphQLRequest = HttpRequestParser.ParseBody(buffer, context.RequestServices, out var error);
                reader.AdvanceTo(buffer.End);
                return (graphQLRequest, StatusCodes.Status400BadRequest, error);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static Task WriteErrorAsync(HttpContext context, ResponseFormat format, int statusCode, string code, string message)
    {
        var error = new GraphQLError(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });
        return WriteResultAsync(context, format, statusCode, ExecutionResult.FromRequestErrors([error]));
    }

    private static async Task WriteResultAsync(HttpContext context, ResponseFormat format, int statusCode, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = format == ResponseFormat.GraphQLResponse ? MediaTypes.GraphQLResponseUtf8 : MediaTypes.JsonUtf8;
        var body = response.BodyWriter;
        using (var writer = new Utf8JsonWriter((IBufferWriter<byte>)body, WriterOptions))
        {
            result.WriteTo(writer);
        }

        await body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
