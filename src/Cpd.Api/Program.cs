using Cpd.Api.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCpdPersistence(builder.Configuration);

var app = builder.Build();
if (await app.TryRunMigrateCommandAsync(args).ConfigureAwait(false)) { return; }

await app.RunAsync().ConfigureAwait(false);

/// <summary>The API's entry point (public so that tests can host it with <c>WebApplicationFactory</c>-style hosts).</summary>
public partial class Program;
