using Cpd.Client.Models;

namespace Cpd.Client.Transport.Wire;

internal sealed record AttestExperienceInput(string ExperienceId, AttestationOutcome Outcome, string? Comment);

internal sealed record RequestAttestationInput(string ExperienceId, string AttestorName, string AttestorEmail, string? ValidFor);

internal sealed class AttestExperiencePayload : IPayloadWire
{
    public Attestation? Attestation { get; set; }

    public Experience? Experience { get; set; }

    public List<UserErrorWire>? Errors { get; set; }

    public ExperienceAttestation? ToResult() => Attestation is null ? null : new(Attestation, Experience);
}

internal sealed class RequestAttestationPayload : IPayloadWire
{
    public AttestationRequestWire? Request { get; set; }

    public string? Token { get; set; }

    public string? AttestationLink { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public List<UserErrorWire>? Errors { get; set; }

    public AttestationLink? ToResult() =>
        Request is null || Token is null || ExpiresAt is null || !Uri.TryCreate(AttestationLink, UriKind.Absolute, out var link)
            ? null
            : new(Request.AttestorName, Request.AttestorEmail, link, Token, ExpiresAt.Value);
}

internal sealed class AttestationRequestWire
{
    public string AttestorName { get; set; } = string.Empty;

    public string AttestorEmail { get; set; } = string.Empty;
}
