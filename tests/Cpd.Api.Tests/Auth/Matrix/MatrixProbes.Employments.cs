using Cpd.Api.Persistence.Entities;
using NodaTime;

namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    /// <summary>Employments of ann at the council (short ones in 2019, before her job there, so that her home never changes).</summary>
    private static readonly Dictionary<string, MatrixProbe> Employments = new(StringComparer.Ordinal)
    {
        ["Mutation.recordEmployment"] = MatrixProbe.Mutation(
            "mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) { errors { code } } }",
            run => new
            {
                input = new
                {
                    memberId = run.Id("Member", "ann"), organisationId = run.Id("Organisation", "council"), role = "Matrix role " + run.Unique,
                    professionCode = "social-work", start = "2019-01-01", end = "2019-01-31", fte = 0.1,
                },
            }),
        ["Mutation.updateEmployment"] = MatrixProbe.Mutation(
            "mutation($input: UpdateEmploymentInput!) { updateEmployment(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { employmentId = await FreshEmploymentAsync(run), expectedVersion = 0, role = "Renamed " + run.Unique } }),
        ["Mutation.endEmployment"] = MatrixProbe.Mutation(
            "mutation($input: EndEmploymentInput!) { endEmployment(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { employmentId = await FreshEmploymentAsync(run), end = "2019-01-15", expectedVersion = 0 } }),
    };

    private static Task<string> FreshEmploymentAsync(MatrixRun run) => run.SeedAsync(async (db, ids) =>
    {
        var employment = new EmploymentRecord
        {
            Id = await ids.NextAsync<EmploymentRecord>(db), MemberId = run["ann"], OrganisationId = run["council"], ProfessionId = db.Professions.Single(p => p.Code == "social-work").Id,
            Role = "Matrix role " + run.Unique, Start = new LocalDate(2019, 1, 1), End = new LocalDate(2019, 1, 31), Fte = 0.1m,
        };
        db.Add(employment);
        return MatrixRun.Global("Employment", employment.Id);
    });
}
