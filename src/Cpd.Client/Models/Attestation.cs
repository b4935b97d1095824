namespace Cpd.Client.Models;

/// <summary>A confirmation or dispute of an experience; only confirmations raise its verification.</summary>
/// <param name="Level">The verification level it gives.</param>
/// <param name="Method">How it was made.</param>
/// <param name="Outcome">Confirmed or disputed.</param>
/// <param name="AttestorName">Who attested.</param>
/// <param name="At">When.</param>
public sealed record Attestation(VerificationLevel Level, AttestationMethod Method, AttestationOutcome Outcome, string AttestorName, DateTimeOffset At);
