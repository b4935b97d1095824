using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Serialization;
using Cpd.Domain.Accreditation;
using NodaTime;

namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    /// <summary>Progression checks and applications, against a scheme of the institute seeded per run (the reference requirement, effective 2025).</summary>
    private static readonly Dictionary<string, MatrixProbe> Accreditation = new(StringComparer.Ordinal)
    {
        ["Query.progressionCheck"] = MatrixProbe.Query(
            "query($member: ID!, $scheme: ID!) { progressionCheck(memberId: $member, schemeId: $scheme) { eligible } }",
            async run => (object?)new { member = run.Id("Member", "ann"), scheme = (await InstituteSchemeAsync(run)).Scheme }),
        ["Query.eligibility"] = MatrixProbe.Query(
            "query($scheme: ID!) { eligibility(schemeId: $scheme, first: 100) { nodes { member { id } } } }",
            async run => (object?)new { scheme = (await InstituteSchemeAsync(run)).Scheme }) with { Subject = run => run.Id("Member", "ann") },
        // Every member applies for themselves (cat too); nobody applies for another.
        ["Mutation.applyForAccreditation"] = MatrixProbe.Mutation(
            "mutation($input: ApplyForAccreditationInput!) { applyForAccreditation(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { schemeId = (await InstituteSchemeAsync(run)).Scheme } }),
        ["Mutation.decideApplication"] = MatrixProbe.Mutation(
            "mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { applicationId = await PendingApplicationAsync(run), decision = "REFUSE", reason = "Matrix refusal" } }),
        ["Member.applications"] = OfAnn("applications { id }") with { Subject = run => run.Id("Application", "ann-application") },
        ["Member.accreditations"] = OfAnn("accreditations { id }") with { Subject = run => run.Id("Award", "ann-award") },
    };

    private static Task<(string Scheme, long Version)> InstituteSchemeAsync(MatrixRun run) => run.SeedAsync(async (db, ids) =>
    {
        var scheme = new SchemeRecord { Id = await ids.NextAsync<SchemeRecord>(db), BodyId = run["institute"], Code = "matrix-" + run.Unique, Name = "Matrix " + run.Unique };
        var version = new SchemeVersionRecord
        {
            Id = await ids.NextAsync<SchemeVersionRecord>(db), SchemeId = scheme.Id, Number = 1, EffectiveFrom = new LocalDate(2025, 1, 1), Validity = Period.FromYears(3),
            RequirementJson = RequirementJson.Serialize(ReferenceSchemes.PlaceLeadershipRequirement(182)), PublishedAt = Instant.FromUtc(2026, 1, 1, 0, 0),
        };
        db.AddRange(scheme, version);
        return (MatrixRun.Global("Scheme", scheme.Id), version.Id);
    });

    // ann's pending application to a fresh scheme of the institute.
    private static async Task<string> PendingApplicationAsync(MatrixRun run)
    {
        var (_, version) = await InstituteSchemeAsync(run);
        return await run.SeedAsync(async (db, ids) =>
        {
            var application = new ApplicationRecord
            {
                Id = await ids.NextAsync<ApplicationRecord>(db), MemberId = run["ann"], SchemeVersionId = version, AppliedOn = new LocalDate(2026, 11, 1),
                SnapshotJson = "{}", Status = ApplicationStatus.Pending,
            };
            db.Add(application);
            return MatrixRun.Global("Application", application.Id);
        });
    }
}
