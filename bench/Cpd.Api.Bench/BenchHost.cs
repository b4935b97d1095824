using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Schema;

namespace Cpd.Api.Bench;

/// <summary>
/// The progressionCheck overhead benchmark's host: the API exactly as <c>src/Cpd.Api/Program.cs</c> composes it (auth,
/// operations, /graphql), plus, in this host only, <c>GET /bench/setup</c> (seeds the synthetic population once and
/// returns an admin key, the scheme id and the member ids) and <c>GET /bench/progression</c> (the same loading and
/// evaluation as <c>progressionCheck</c>, without GraphQL).
/// </summary>
internal static class BenchHost
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCpdPersistence(builder.Configuration);
        builder.Services.AddCpdAuth(builder.Configuration);
        builder.Services.AddCpdOperations(builder.Configuration);
        builder.Services.AddCpdGraphQL();
        builder.Services.AddSingleton<BenchPopulation>();

        var app = builder.Build();
        app.UseCpdAuth();
        app.UseCpdOperations();
        app.MapCpdHealth();
        app.MapCpdGraphQL();
        app.MapGet("/bench/setup", BenchEndpoints.SetupAsync);
        app.MapGet("/bench/progression", BenchEndpoints.ProgressionAsync);
        await app.RunAsync().ConfigureAwait(false);
    }
}
