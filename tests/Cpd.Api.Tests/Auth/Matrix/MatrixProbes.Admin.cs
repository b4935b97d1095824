using Cpd.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    /// <summary>API keys and the audit log.</summary>
    private static readonly Dictionary<string, MatrixProbe> Admin = new(StringComparer.Ordinal)
    {
        ["Query.apiKeys"] = MatrixProbe.Query("{ apiKeys(first: 1) { totalCount } }"),
        ["Query.auditLog"] = MatrixProbe.Query("{ auditLog(first: 1) { totalCount } }"),
        ["Query.node:apiKey"] = MatrixProbe.Query("query($id: ID!) { node(id: $id) { id } }", async run => (object?)new { id = MatrixRun.Global("ApiKey", (await IssueKeyAsync(run)).Id) }),

        ["Mutation.createApiKey"] = MatrixProbe.Mutation(
            "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { errors { code } } }",
            run => new { input = new { role = "MEMBER", name = "matrix " + run.Unique, memberId = run.Id("Member", "ann") } }),
        // A key of ann's made for the run, so that an allowed revocation takes nothing from the other probes.
        ["Mutation.revokeApiKey"] = MatrixProbe.Mutation(
            "mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { id = MatrixRun.Global("ApiKey", (await IssueKeyAsync(run)).Id) } }),
    };

    private static async Task<IssuedApiKey> IssueKeyAsync(MatrixRun run) =>
        (await run.World.Api.Services.GetRequiredService<ApiKeyIssuer>()
            .CreateAsync(new ApiKeyRequest("MEMBER", "matrix " + run.Unique, MemberId: run["ann"]), Caller.ForAdmin("matrix"))).Unwrap();
}
