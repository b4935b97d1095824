using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Reflections;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    /// <summary>The member's reflections, connections and access grants: each run changes a fresh object of ann's (or a fresh body's grant).</summary>
    private static readonly Dictionary<string, MatrixProbe> MemberWrites = new(StringComparer.Ordinal)
    {
        ["Mutation.addReflection"] = MatrixProbe.Mutation(
            "mutation($input: AddReflectionInput!) { addReflection(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { experienceId = await FreshExperienceAsync(run), whatDidNotWork = "Matrix setback " + run.Unique } }),
        ["Mutation.updateReflection"] = MatrixProbe.Mutation(
            "mutation($input: UpdateReflectionInput!) { updateReflection(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { id = await FreshReflectionAsync(run, ReflectionVisibility.SharedWithAssessors), expectedVersion = 0, whatDidNotWork = "Changed " + run.Unique } }),
        ["Mutation.setReflectionVisibility"] = MatrixProbe.Mutation(
            "mutation($input: SetReflectionVisibilityInput!) { setReflectionVisibility(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { reflectionId = await FreshReflectionAsync(run, ReflectionVisibility.Private), visibility = "SHARED_WITH_ASSESSORS" } }),
        // Adding needs no target: another member adds a contact of their own.
        ["Mutation.addConnection"] = MatrixProbe.Mutation(
            "mutation($input: AddConnectionInput!) { addConnection(input: $input) { errors { code } } }",
            run => new { input = new { name = "Matrix contact " + run.Unique, sectorCode = "policing" } }),
        ["Mutation.removeConnection"] = MatrixProbe.Mutation(
            "mutation($input: RemoveConnectionInput!) { removeConnection(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { connectionId = await FreshConnectionAsync(run) } }),
        // Granting needs no target either (another member grants access to their own record); a fresh body per run.
        ["Mutation.grantAccess"] = MatrixProbe.Mutation(
            "mutation($input: GrantAccessInput!) { grantAccess(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { bodyId = MatrixRun.Global("AccreditingBody", await FreshBodyAsync(run)) } }),
        ["Mutation.revokeAccess"] = MatrixProbe.Mutation(
            "mutation($input: RevokeAccessInput!) { revokeAccess(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { grantId = await FreshGrantAsync(run, await FreshBodyAsync(run)) } }),
        // A fresh grant of ann's to a fresh body: she and administrators see it; assessors see only grants to their own body.
        ["Member.accessGrants"] = MatrixProbe.Query(
            "query($id: ID!) { member(id: $id) { accessGrants { body { code } } } }",
            async run =>
            {
                await FreshGrantAsync(run, await FreshBodyAsync(run));
                return (object?)new { id = run.Id("Member", "ann") };
            },
            "member", "accessGrants") with { Subject = run => "matrix-body-" + run.Unique },
    };

    /// <summary>The lessons exchange: ann's published reflection, for anyone authenticated.</summary>
    private static readonly Dictionary<string, MatrixProbe> Lessons = new(StringComparer.Ordinal)
    {
        ["Query.lessons"] = MatrixProbe.Query("{ lessons(first: 100) { nodes { whatDidNotWork } } }", path: "lessons")
            with { Subject = _ => "secret text of ann-published" },
    };

    private static Task<string> FreshConnectionAsync(MatrixRun run) => run.SeedAsync(async (db, ids) =>
    {
        var connection = new ConnectionRecord
        {
            Id = await ids.NextAsync<ConnectionRecord>(db), MemberId = run["ann"], Name = "Matrix contact " + run.Unique, SectorId = (await db.Sectors.FirstAsync(s => s.Code == "housing")).Id,
            CreatedAt = run.World.Api.Clock.GetCurrentInstant(),
        };
        db.Add(connection);
        return MatrixRun.Global("Contact", connection.Id);
    });

    private static Task<long> FreshBodyAsync(MatrixRun run) => run.SeedAsync(async (db, ids) =>
    {
        var body = new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = "matrix-body-" + run.Unique, Name = "Matrix body " + run.Unique };
        db.Add(body);
        return body.Id;
    });

    private static Task<string> FreshGrantAsync(MatrixRun run, long bodyId) => run.SeedAsync(async (db, ids) =>
    {
        var grant = new AccessGrantRecord { Id = await ids.NextAsync<AccessGrantRecord>(db), MemberId = run["ann"], BodyId = bodyId, GrantedAt = run.World.Api.Clock.GetCurrentInstant() };
        db.Add(grant);
        return MatrixRun.Global("AccessGrant", grant.Id);
    });
}
