using System.Text.Json;
using Cpd.GraphQL.AspNetCore.Tests.Support;
using Cpd.Tests.Shared;
using Xunit.Abstractions;

namespace Cpd.GraphQL.AspNetCore.Tests.Http;

/// <summary>graphql-http's <c>auditServer</c> (npm graphql-http 1.23.1) against the endpoint on a real Kestrel server.</summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public async Task AuditServer_AgainstKestrel_PassesEveryMustAndShouldAudit()
    {
        NodeProcess.EnsureInstalled(RepositoryPaths.Audit, "graphql-http");
        await using var server = await LoopbackServer.StartAsync();

        var json = await NodeProcess.RunScriptAsync(RepositoryPaths.Audit, "audit.mjs", server.Endpoint.ToString());

        var results = JsonSerializer.Deserialize<List<AuditResult>>(json.Trim(), JsonOptions)!;
        foreach (var result in results.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"{result.Status,-6} {result.Id} {result.Name}{(result.Reason is null ? string.Empty : " — " + result.Reason)}");
        }

        var mustAndShould = results.Where(r => r.Name.StartsWith("MUST", StringComparison.Ordinal) || r.Name.StartsWith("SHOULD", StringComparison.Ordinal)).ToList();
        mustAndShould.Count.ShouldBe(36);
        mustAndShould.Where(r => r.Status != "ok").Select(r => $"{r.Id} {r.Name}: {r.Reason}").ShouldBeEmpty();
        results.Where(r => r.Status == "error").ShouldBeEmpty();
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}
