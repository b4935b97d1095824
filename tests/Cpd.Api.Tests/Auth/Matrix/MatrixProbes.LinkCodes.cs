using System.Collections.Concurrent;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;

namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    /// <summary>The fresh link code each run of <c>Member.employerLinkCodes</c> seeded for ann, by run.</summary>
    private static readonly ConcurrentDictionary<string, string> SeededLinkCodes = new(StringComparer.Ordinal);

    /// <summary>Members' employer link codes: created and revoked by the member only; listed to the member and administrators.</summary>
    private static readonly Dictionary<string, MatrixProbe> LinkCodes = new(StringComparer.Ordinal)
    {
        // Creating needs no target (another member creates their own code).
        ["Mutation.createEmployerLinkCode"] = MatrixProbe.Mutation(
            "mutation($input: CreateEmployerLinkCodeInput!) { createEmployerLinkCode(input: $input) { code errors { code } } }",
            _ => Task.FromResult<object?>(new { input = new { validFor = "P7D" } })),
        ["Mutation.revokeEmployerLinkCode"] = MatrixProbe.Mutation(
            "mutation($input: RevokeEmployerLinkCodeInput!) { revokeEmployerLinkCode(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { linkCodeId = await FreshLinkCodeAsync(run) } }),
        ["Member.employerLinkCodes"] = MatrixProbe.Query(
            "query($id: ID!) { member(id: $id) { employerLinkCodes { id } } }",
            async run =>
            {
                SeededLinkCodes[run.Unique] = await FreshLinkCodeAsync(run);
                return (object?)new { id = run.Id("Member", "ann") };
            },
            "member", "employerLinkCodes") with { Subject = run => SeededLinkCodes[run.Unique] },
    };

    private static Task<string> FreshLinkCodeAsync(MatrixRun run) => run.SeedAsync(async (db, ids) =>
    {
        var now = run.World.Api.Clock.GetCurrentInstant();
        var code = new MemberLinkCodeRecord
        {
            Id = await ids.NextAsync<MemberLinkCodeRecord>(db), MemberId = run["ann"], CodeHash = SecretTokens.Create().Hash,
            CreatedAt = now, ExpiresAt = now + NodaTime.Duration.FromDays(7),
        };
        db.Add(code);
        return MatrixRun.Global("EmployerLinkCode", code.Id);
    });
}
