using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Cpd.Api.Tests.Support;

/// <summary>
/// The real API (<c>Program</c>) on Kestrel at <c>127.0.0.1</c> with a free port, over a fresh migrated SQLite file in a
/// temp directory (deleted on dispose) with the default taxonomy seeded, and a <see cref="FakeClock"/> as the app's
/// <see cref="IClock"/>. Share one per test class with <c>IClassFixture&lt;ApiServer&gt;</c>; tests that need a clean
/// database create their own with <see cref="StartAsync"/>.
/// <code>
/// public sealed class OrganisationQueriesTests(ApiServer api) : IClassFixture&lt;ApiServer&gt;
/// {
///     [Fact]
///     public async Task Organisation_AsAdmin_IsReturned()
///     {
///         var admin = await api.KeyAsync(CallerRole.Admin);
///         var result = await api.PostAsync("query($id: ID!) { organisation(id: $id) { name } }", new { id }, admin);
///         result.Data("organisation", "name").GetString().ShouldBe("Northshire Council");
///         result.ShouldHaveNoErrors();
///     }
/// }
/// </code>
/// </summary>
public sealed class ApiServer : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The fake clock's starting time.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 22, 9, 0);

    private readonly Dictionary<(CallerRole, long?), string> _keys = [];
    /// <summary>Replaces or adds services after the app's own (such as an EF interceptor that counts statements); set before starting.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
    private WebApplicationFactory<Program>? _factory;
    private TestDatabase? _database;
    private int _keyCount;

    /// <summary>The app's clock: advance it to move the app's time.</summary>
    public FakeClock Clock { get; } = new(Start);

    /// <summary>The database the app uses (a SQLite file).</summary>
    public TestDatabase Database => _database ?? throw NotStarted();

    /// <summary>A client whose base address is the server (no credentials).</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The GraphQL endpoint, <c>http://127.0.0.1:port/graphql</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The app's services (singletons; create a scope for scoped ones).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw NotStarted();

    /// <summary>Starts a server of its own (for a test that needs a clean database); dispose it.</summary>
    /// <returns>The started server.</returns>
    public static async Task<ApiServer> StartAsync()
    {
        var server = new ApiServer();
        await server.InitializeAsync();
        return server;
    }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            foreach (var (key, value) in _database.Configuration)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<IClock>(Clock);
                ConfigureServices?.Invoke(services);
            });
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Endpoint = new Uri(address.TrimEnd('/') + "/graphql");
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>
    /// Sends a GraphQL request as JSON (<c>POST /graphql</c>) with the key as <c>Authorization: Bearer</c> (none when
    /// <see langword="null"/>) and returns the parsed response.
    /// </summary>
    /// <param name="query">The document.</param>
    /// <param name="variables">The variables: an anonymous object or a dictionary, serialized as JSON.</param>
    /// <param name="key">An API key from <see cref="KeyAsync"/>.</param>
    /// <returns>The response.</returns>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, body);
    }

    /// <summary>
    /// An API key of a role (issued by the app's <see cref="ApiKeyIssuer"/>, cached per role and scope for this server).
    /// </summary>
    /// <param name="role">The role.</param>
    /// <param name="scopeId">The member, body or organisation a scoped role needs.</param>
    /// <returns>The key text for <c>Authorization: Bearer</c>.</returns>
    public async Task<string> KeyAsync(CallerRole role, long? scopeId = null)
    {
        if (_keys.TryGetValue((role, scopeId), out var cached))
        {
            return cached;
        }

        var request = new ApiKeyRequest(
            role.ToName(),
            $"test-{role.ToName().ToLowerInvariant()}-{Interlocked.Increment(ref _keyCount)}",
            MemberId: role == CallerRole.Member ? scopeId : null,
            BodyId: role == CallerRole.Assessor ? scopeId : null,
            OrganisationId: role == CallerRole.HrSystem ? scopeId : null);
        var issued = (await Services.GetRequiredService<ApiKeyIssuer>().CreateAsync(request, Caller.ForAdmin("tests"))).Unwrap();
        _keys[(role, scopeId)] = issued.Key;
        return issued.Key;
    }

    /// <summary>Runs <paramref name="seed"/> on a context of the app (with the app's id allocator) and saves its changes.</summary>
    /// <param name="seed">Adds rows; ids come from the allocator.</param>
    /// <returns>A task.</returns>
    public async Task SeedAsync(Func<CpdDbContext, IdAllocator, Task> seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        await using var db = await Services.GetRequiredService<IDbContextFactory<CpdDbContext>>().CreateDbContextAsync();
        await seed(db, Services.GetRequiredService<IdAllocator>());
        await db.SaveChangesAsync();
    }

    /// <summary>Reads the database through a fresh context of the app.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="read">The query.</param>
    /// <returns>Its result.</returns>
    public async Task<T> ReadAsync<T>(Func<CpdDbContext, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var db = await Services.GetRequiredService<IDbContextFactory<CpdDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <inheritdoc/>
    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private static InvalidOperationException NotStarted() => new("The ApiServer has not been started (use it as a class fixture or call StartAsync).");
}
