using Cpd.Api.Persistence.Entities;

namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    /// <summary>Taxonomy, organisations, accrediting bodies and schemes.</summary>
    private static readonly Dictionary<string, MatrixProbe> Reference = new(StringComparer.Ordinal)
    {
        ["Query.sectors"] = MatrixProbe.Query("{ sectors { code } }"),
        ["Query.professions"] = MatrixProbe.Query("{ professions { code } }"),
        ["Query.organisation"] = MatrixProbe.Query("query($id: ID!) { organisation(id: $id) { name } }", run => new { id = run.Id("Organisation", "council") }),
        ["Query.organisations"] = MatrixProbe.Query("{ organisations(first: 100) { nodes { id } } }") with { Subject = run => run.Id("Organisation", "council") },
        ["Query.accreditingBodies"] = MatrixProbe.Query("{ accreditingBodies(first: 100) { nodes { id } } }") with { Subject = run => run.Id("AccreditingBody", "institute") },
        ["Query.scheme"] = MatrixProbe.Query("query($id: ID!) { scheme(id: $id) { code versions { number } } }", run => new { id = run.Id("Scheme", "scheme") }),

        ["Mutation.addSector"] = MatrixProbe.Mutation(
            "mutation($input: AddSectorInput!) { addSector(input: $input) { errors { code } } }",
            run => new { input = new { code = "matrix-" + run.Unique, name = "Matrix sector " + run.Unique } }),
        ["Mutation.addProfession"] = MatrixProbe.Mutation(
            "mutation($input: AddProfessionInput!) { addProfession(input: $input) { errors { code } } }",
            run => new { input = new { code = "matrix-" + run.Unique, name = "Matrix profession " + run.Unique } }),
        ["Mutation.addOrganisation"] = MatrixProbe.Mutation(
            "mutation($input: AddOrganisationInput!) { addOrganisation(input: $input) { errors { code } } }",
            run => new { input = new { name = "Matrix organisation " + run.Unique, sectorCode = "health" } }),
        // Writes the council's own values back, so that an allowed run changes nothing the other probes see.
        ["Mutation.updateOrganisation"] = MatrixProbe.Mutation(
            "mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { errors { code } } }",
            run => new { input = new { id = run.Id("Organisation", "council"), name = "Northshire Council", sectorCode = "local-government", placeCode = "E07000113" } }),
        ["Mutation.addAccreditingBody"] = MatrixProbe.Mutation(
            "mutation($input: AddAccreditingBodyInput!) { addAccreditingBody(input: $input) { errors { code } } }",
            run => new { input = new { code = "matrix-" + run.Unique, name = "Matrix body " + run.Unique } }),
        ["Mutation.defineScheme"] = MatrixProbe.Mutation(
            "mutation($input: DefineSchemeInput!) { defineScheme(input: $input) { errors { code } } }",
            run => new { input = new { bodyId = run.Id("AccreditingBody", "institute"), code = "matrix-" + run.Unique, name = "Matrix scheme " + run.Unique } }),
        // A fresh scheme of the institute's per run (the seeded one's version has no real requirement tree).
        ["Mutation.publishSchemeVersion"] = MatrixProbe.Mutation(
            "mutation($input: PublishSchemeVersionInput!) { publishSchemeVersion(input: $input) { errors { code } } }",
            async run => (object?)new
            {
                input = new
                {
                    schemeId = await FreshSchemeAsync(run),
                    effectiveFrom = "2027-01-01",
                    validity = "P3Y",
                    requirement = new { networkDiversity = new { id = "network", minimumSectors = 2 } },
                },
            }),
    };

    private static Task<string> FreshSchemeAsync(MatrixRun run) => run.SeedAsync(async (db, ids) =>
    {
        var scheme = new SchemeRecord { Id = await ids.NextAsync<SchemeRecord>(db), BodyId = run["institute"], Code = "matrix-" + run.Unique, Name = "Matrix scheme " + run.Unique };
        db.Add(scheme);
        return MatrixRun.Global("Scheme", scheme.Id);
    });
}
