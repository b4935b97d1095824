using Cpd.Api.Persistence;
using Cpd.Api.Schema;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCpdPersistence(builder.Configuration);
builder.Services.AddCpdGraphQL();

var app = builder.Build();
if (await app.TryRunMigrateCommandAsync(args).ConfigureAwait(false)) { return; }
app.MapCpdGraphQL();

await app.RunAsync().ConfigureAwait(false);

/// <summary>The API's entry point (public so that tests can host it with <c>WebApplicationFactory</c>-style hosts).</summary>
public partial class Program;
