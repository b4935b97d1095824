namespace Cpd.Domain.Experiences;

/// <summary>The outcome of using an attestation link.</summary>
/// <param name="Request">The request, now marked used.</param>
/// <param name="Attestation">The attestation to add to the experience.</param>
public sealed record AttestationRedemption(AttestationRequest Request, Attestation Attestation);
