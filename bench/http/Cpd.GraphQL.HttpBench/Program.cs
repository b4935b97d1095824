// The load test's server: Cpd.GraphQL.AspNetCore serving bench/http/schema.graphql with the same resolvers as
// bench/http/reference-server.mjs. Usage: dotnet Cpd.GraphQL.HttpBench.dll --urls http://127.0.0.1:5301
using Cpd.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Cpd.GraphQL.HttpBench;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services
    .AddGraphQLServer()
    .AddDocumentFromString(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema.graphql")))
    .AddResolver("Query", "organisations", c => Organisation.List(c.ArgumentValue<int>("first")))
    .AddResolver("Organisation", "members", c => c.Parent<Organisation>().Members(c.ArgumentValue<int>("first")));

var app = builder.Build();
app.MapGraphQL("/graphql");
app.Run();
