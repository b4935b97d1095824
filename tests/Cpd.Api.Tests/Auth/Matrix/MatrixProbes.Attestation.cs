namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    private const string RequestDocument =
        "mutation($input: RequestAttestationInput!) { requestAttestation(input: $input) { token errors { code } } }";

    /// <summary>Attestation: by the host organisation (the trust hosts ann's fresh secondments), by assessors, through links.</summary>
    private static readonly Dictionary<string, MatrixProbe> Attestation = new(StringComparer.Ordinal)
    {
        ["Mutation.attestExperience"] = MatrixProbe.Mutation(
            "mutation($input: AttestExperienceInput!) { attestExperience(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { experienceId = await FreshExperienceAsync(run), outcome = "CONFIRMED" } }),
        ["Mutation.requestAttestation"] = MatrixProbe.Mutation(
            "mutation($input: RequestAttestationInput!) { requestAttestation(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { experienceId = await FreshExperienceAsync(run), attestorName = "Dr Host", attestorEmail = "host@trust.example" } }),
        // Anyone holding the link may use it once: a fresh link per caller, asked for by ann.
        ["Mutation.attestWithToken"] = MatrixProbe.Mutation(
            "mutation($input: AttestWithTokenInput!) { attestWithToken(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { token = await LinkTokenAsync(run, await FreshExperienceAsync(run), "Dr Host"), attestorName = "Dr Host", outcome = "CONFIRMED" } }),
        ["Experience.attestationRequests"] = MatrixProbe.Query(
            "query($id: ID!) { node(id: $id) { ... on Experience { attestationRequests { attestorName } } } }",
            async run =>
            {
                var experience = await FreshExperienceAsync(run);
                await LinkTokenAsync(run, experience, "Attestor " + run.Unique);
                return (object?)new { id = experience };
            },
            "node", "attestationRequests") with { Subject = run => "Attestor " + run.Unique },
    };

    private static async Task<string> LinkTokenAsync(MatrixRun run, string experienceId, string attestor)
    {
        var response = await run.World.Api.PostAsync(RequestDocument,
            new { input = new { experienceId, attestorName = attestor, attestorEmail = "attestor@trust.example" } }, run.World.Key("ann"));
        response.UserErrors("requestAttestation").ShouldBeEmpty();
        return response.Data("requestAttestation", "token").GetString()!;
    }
}
