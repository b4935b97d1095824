namespace Cpd.Client.Models;

/// <summary>What attesting an experience recorded.</summary>
/// <param name="Attestation">The attestation: who, when, how, at which level, confirmed or disputed.</param>
/// <param name="Experience">
/// The experience with its new verification, when the caller may read it; <c>null</c> otherwise (a host's HR system
/// reads only experiences that overlap employment with it).
/// </param>
public sealed record ExperienceAttestation(Attestation Attestation, Experience? Experience);
