using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Cpd.Api.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) wired with the same <c>AddCpd…</c>/<c>UseCpd…</c> calls as
/// <c>Program.cs</c> for persistence, auth and operations, but serving a tiny GraphQL schema of its own, so that auth and
/// idempotency are tested apart from the product's schema: <c>whoAmI</c> echoes the caller, and <c>addNote</c> writes one
/// audit row per run (the count of writes) and can be held at a <see cref="Gate"/>. A request with the header
/// <c>X-Test-Crash</c> throws after the idempotency middleware, as a crashing server would.
/// </summary>
public sealed class AuthTestServer : IAsyncDisposable
{
    public const string Schema =
        """
        type Query { whoAmI: Who! }
        type Who { role: String! name: String! keyId: String }
        type Mutation { addNote(text: String!): Note! }
        type Note { id: String! text: String! }
        """;

    private readonly WebApplication _app;

    private AuthTestServer(WebApplication app, TestDatabase database, FakeClock clock, CapturingLoggerProvider logs)
    {
        _app = app;
        Database = database;
        Clock = clock;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public TestDatabase Database { get; }

    public FakeClock Clock { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>When set, <c>addNote</c> waits for it after saying it has <see cref="TestGate.Entered"/>.</summary>
    public TestGate? Gate { get; set; }

    public static async Task<AuthTestServer> StartAsync(IDictionary<string, string?>? settings = null, bool migrate = true)
    {
        var database = await TestDatabase.CreateAsync(null, migrate);
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 22, 9, 0));
        var logs = new CapturingLoggerProvider();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(database.Configuration.Concat(settings ?? new Dictionary<string, string?>()));
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton<IClock>(clock);
        builder.Services.AddCpdPersistence(builder.Configuration);
        builder.Services.AddCpdAuth(builder.Configuration);
        builder.Services.AddCpdOperations(builder.Configuration);
        AuthTestServer? server = null;
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString(Schema)
            .AddResolver("Query", "whoAmI", context => context.Services.GetRequiredService<Caller>())
            .AddResolver("Who", "role", context => context.Parent<Caller>().Role.ToName())
            .AddResolver("Who", "keyId", context => context.Parent<Caller>().KeyId?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .AddResolver("Mutation", "addNote", (FieldResolver)(context => server!.AddNoteAsync(context)));

        var app = builder.Build();
        app.UseCpdAuth();
        app.UseCpdOperations();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.ContainsKey("X-Test-Crash"))
            {
                throw new InvalidOperationException("The test asked this request to crash.");
            }

            await next(context);
        });
        app.MapCpdHealth();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        server = new AuthTestServer(app, database, clock, logs);
        return server;
    }

    /// <summary>How many times <c>addNote</c> wrote.</summary>
    public async Task<int> WritesAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.CountAsync(e => e.Action == "addNote");
    }

    public static HttpRequestMessage GraphQLRequest(string query, string? key = null, string? idempotencyKey = null)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotencyOptions.HeaderName, idempotencyKey);
        }

        return request;
    }

    public async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request)
    {
        var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public async Task<string> KeyAsync(ApiKeyRequest request) =>
        (await Services.GetRequiredService<ApiKeyIssuer>().CreateAsync(request, Caller.ForAdmin("tests"))).Unwrap().Key;

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async ValueTask<object?> AddNoteAsync(IResolverContext context)
    {
        var text = context.ArgumentValue<string>("text");
        if (Gate is { } gate)
        {
            gate.Entered.TrySetResult();
            await gate.Release.Task;
        }

        var caller = context.Services.GetRequiredService<Caller>();
        await using var db = await context.Services.GetRequiredService<IDbContextFactory<CpdDbContext>>().CreateDbContextAsync();
        var entry = await context.Services.GetRequiredService<AuditLog>().RecordAsync(db, caller, "addNote", "Note", null, text);
        await db.SaveChangesAsync();
        return new Dictionary<string, object?> { ["id"] = entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["text"] = text };
    }
}

/// <summary>Holds a resolver until the test lets it go.</summary>
public sealed class TestGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
