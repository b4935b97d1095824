var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

await app.RunAsync().ConfigureAwait(false);

/// <summary>The API's entry point (public so that tests can host it with <c>WebApplicationFactory</c>-style hosts).</summary>
public partial class Program;
