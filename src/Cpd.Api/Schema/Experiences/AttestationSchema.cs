namespace Cpd.Api.Schema.Experiences;

/// <summary>Registers what attestation adds beyond its mutations (which live with the other experience mutations).</summary>
public static class AttestationSchema
{
    /// <summary>Adds <c>Experience.attestationRequests</c>, its DataLoader and <see cref="AttestationLinkOptions"/> from <c>Cpd:PublicBaseUrl</c>.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddAttestation(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Services.AddOptions<AttestationLinkOptions>().BindConfiguration(AttestationLinkOptions.Section);
        return schema
            .AddTypeExtension<ExperienceAttestationQueries>()
            .AddDataLoader<AttestationRequestsByMemberDataLoader>();
    }
}
