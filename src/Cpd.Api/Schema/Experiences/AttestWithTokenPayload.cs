using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The result of <c>attestWithToken</c>.</summary>
/// <param name="Attestation">The attestation recorded; null when rejected.</param>
public sealed record AttestWithTokenPayload(Attestation? Attestation) : Payload;
