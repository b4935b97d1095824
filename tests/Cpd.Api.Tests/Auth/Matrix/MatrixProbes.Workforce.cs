namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    /// <summary>HR systems' writes (for the council, named explicitly).</summary>
    private static readonly Dictionary<string, MatrixProbe> Workforce = new(StringComparer.Ordinal)
    {
        ["Mutation.syncWorkforce"] = MatrixProbe.Mutation(
            "mutation($input: SyncWorkforceInput!) { syncWorkforce(input: $input) { errors { code } } }",
            run => new
            {
                input = new
                {
                    organisationId = run.Id("Organisation", "council"),
                    rows = new[] { new { externalId = "matrix-" + run.Unique, displayName = "Matrix starter " + run.Unique, role = "Officer", professionCode = "social-work", start = "2026-01-05", fte = 1 } },
                },
            }),
    };
}
