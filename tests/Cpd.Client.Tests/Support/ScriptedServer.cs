using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cpd.Client.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (port 0) whose <c>/graphql</c> answers each request with the next scripted step
/// and records what it received; when the script runs out it answers 500.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ScriptedServer(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Completes when the first request has arrived (and been recorded).</summary>
    public Task FirstRequest => _firstRequest.Task;

    public static async Task<ScriptedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ScriptedServer(app);
        app.MapPost("/graphql", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/graphql");
        return server;
    }

    public ScriptedServer Then(Func<HttpContext, Task> step)
    {
        _script.Enqueue(step);
        return this;
    }

    public ScriptedServer ThenStatus(int status, string? retryAfter = null, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Then(context =>
            {
                context.Response.StatusCode = status;
                if (retryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = retryAfter;
                }

                return Task.CompletedTask;
            });
        }

        return this;
    }

    public ScriptedServer ThenGraphQL(string json, int status = 200) => Then(async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await context.Response.WriteAsync(json);
    });

    public ScriptedServer ThenData(string dataJson) => ThenGraphQL("{\"data\":" + dataJson + "}");

    /// <summary>Closes the connection without an answer.</summary>
    public ScriptedServer ThenDrop() => Then(context =>
    {
        context.Abort();
        return Task.CompletedTask;
    });

    /// <summary>Never answers (until the client gives up on the attempt).</summary>
    public ScriptedServer ThenHang() => Then(context => Task.Delay(Timeout.Infinite, context.RequestAborted));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers;
        _requests.Enqueue(new RecordedRequest(
            context.Request.ContentType,
            headers.Accept.ToString(),
            headers.Authorization.ToString(),
            headers.TryGetValue("Idempotency-Key", out var key) ? key.ToString() : null,
            body));
        _firstRequest.TrySetResult();
        if (_script.TryDequeue(out var step))
        {
            try
            {
                await step(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client gave up on this attempt.
            }
        }
        else
        {
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("script exhausted");
        }
    }
}

/// <summary>What the scripted server received.</summary>
internal sealed record RecordedRequest(string? ContentType, string Accept, string Authorization, string? IdempotencyKey, string Body);
