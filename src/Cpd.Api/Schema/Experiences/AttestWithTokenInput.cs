using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Experiences;

/// <summary>An attestation through a link: the token from it, the name the attestor types, and their answer.</summary>
/// <param name="Token">The token from the link (at most 64 characters are read).</param>
/// <param name="AttestorName">The attestor's name as they sign (at most 200 characters).</param>
/// <param name="Outcome">Confirmed (raises the experience to ATTESTED) or disputed.</param>
/// <param name="Comment">A remark (at most 2,000 characters).</param>
public sealed record AttestWithTokenInput(string Token, string AttestorName, AttestationOutcome Outcome, string? Comment = null) : MutationInput;
