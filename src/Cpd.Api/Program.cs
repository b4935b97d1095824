using Cpd.Api.Auth;
using Cpd.Api.Cli;
using Cpd.Api.Demo;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Schema;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCpdPersistence(builder.Configuration);
builder.Services.AddCpdAuth(builder.Configuration);
builder.Services.AddCpdOperations(builder.Configuration);
builder.Services.AddCpdGraphQL();
builder.AddCpdDemo(args);

var app = builder.Build();
if (await app.TryRunMigrateCommandAsync(args).ConfigureAwait(false)) { return; }
if (await CommandLine.TryRunAsync(app.Services, args).ConfigureAwait(false) is { } exitCode) { Environment.ExitCode = exitCode; return; }

app.UseCpdAuth();
app.UseCpdOperations();
app.MapCpdHealth();
app.MapCpdGraphQL();

await app.RunAsync().ConfigureAwait(false);

/// <summary>The API's entry point (public so that tests can host it with <c>WebApplicationFactory</c>-style hosts).</summary>
public partial class Program;
