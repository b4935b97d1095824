using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Serialization;
using Cpd.Domain.Accreditation;
using NodaTime;

namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    /// <summary>Progression checks against a scheme of the institute seeded per run (the reference requirement, effective 2025).</summary>
    private static readonly Dictionary<string, MatrixProbe> Accreditation = new(StringComparer.Ordinal)
    {
        ["Query.progressionCheck"] = MatrixProbe.Query(
            "query($member: ID!, $scheme: ID!) { progressionCheck(memberId: $member, schemeId: $scheme) { eligible } }",
            async run => (object?)new { member = run.Id("Member", "ann"), scheme = await InstituteSchemeAsync(run) }),
        ["Query.eligibility"] = MatrixProbe.Query(
            "query($scheme: ID!) { eligibility(schemeId: $scheme, first: 100) { nodes { member { id } } } }",
            async run => (object?)new { scheme = await InstituteSchemeAsync(run) }) with { Subject = run => run.Id("Member", "ann") },
    };

    private static Task<string> InstituteSchemeAsync(MatrixRun run) => run.SeedAsync(async (db, ids) =>
    {
        var scheme = new SchemeRecord { Id = await ids.NextAsync<SchemeRecord>(db), BodyId = run["institute"], Code = "matrix-" + run.Unique, Name = "Matrix " + run.Unique };
        db.AddRange(scheme, new SchemeVersionRecord
        {
            Id = await ids.NextAsync<SchemeVersionRecord>(db), SchemeId = scheme.Id, Number = 1, EffectiveFrom = new LocalDate(2025, 1, 1), Validity = Period.FromYears(3),
            RequirementJson = RequirementJson.Serialize(ReferenceSchemes.PlaceLeadershipRequirement(182)), PublishedAt = Instant.FromUtc(2026, 1, 1, 0, 0),
        });
        return MatrixRun.Global("Scheme", scheme.Id);
    });
}
