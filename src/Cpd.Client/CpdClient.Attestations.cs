using System.Xml;
using Cpd.Client.Errors;
using Cpd.Client.Models;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client;

/// <summary>Attestation: confirming that an experience happened, by its host organisation or through a link.</summary>
public sealed partial class CpdClient
{
    private static readonly GraphQLOperation AttestExperienceOperation = new(Documents.AttestExperience, nameof(Documents.AttestExperience), IsMutation: true);
    private static readonly GraphQLOperation RequestAttestationOperation = new(Documents.RequestAttestation, nameof(Documents.RequestAttestation), IsMutation: true);

    /// <summary>
    /// Attests an experience: the HR system of the organisation that hosted it confirms it (raising it to
    /// <see cref="VerificationLevel.Attested"/>), or an assessor with access verifies it; a dispute is recorded without
    /// raising the verification.
    /// </summary>
    /// <param name="experienceId">The experience's global id.</param>
    /// <param name="outcome">Confirmed (the default) or disputed.</param>
    /// <param name="comment">A note for the member and assessors, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The attestation (and the experience, when the caller may read it), or why it was rejected (such as <c>ALREADY_WITHDRAWN</c>).</returns>
    /// <exception cref="CpdForbiddenException">
    /// The caller may not attest it (not hosted by the caller's organisation, no access, or no such experience).
    /// </exception>
    public Task<CpdResult<ExperienceAttestation>> AttestExperienceAsync(
        string experienceId,
        AttestationOutcome outcome = AttestationOutcome.Confirmed,
        string? comment = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(experienceId);
        return MutateAsync(
            AttestExperienceOperation,
            new InputVariables<AttestExperienceInput>(new AttestExperienceInput(experienceId, outcome, comment)),
            CpdJsonContext.Default.InputVariablesAttestExperienceInput,
            CpdJsonContext.Default.MutationDataAttestExperiencePayload,
            data => data.Payload,
            payload => payload.ToResult(),
            cancellationToken);
    }

    /// <summary>
    /// Asks someone outside Cpd (a counterpart or host without an HR system) to attest one of the calling member's
    /// experiences, through a single-use link bound to their e-mail address. Send the link yourself: the API only
    /// makes it.
    /// </summary>
    /// <param name="experienceId">The experience's global id.</param>
    /// <param name="attestorName">Who is asked.</param>
    /// <param name="attestorEmail">Their e-mail address.</param>
    /// <param name="validFor">How long the link works: more than zero and at most 90 days; <c>null</c> for the API's default (14 days).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link and its secret, shown only this once; or why it was refused (such as <c>INVALID_EMAIL</c>).</returns>
    /// <exception cref="CpdForbiddenException">The caller is not the member whose experience it is.</exception>
    public Task<CpdResult<AttestationLink>> RequestAttestationAsync(
        string experienceId,
        string attestorName,
        string attestorEmail,
        TimeSpan? validFor = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(experienceId);
        ArgumentNullException.ThrowIfNull(attestorName);
        ArgumentNullException.ThrowIfNull(attestorEmail);
        var input = new RequestAttestationInput(experienceId, attestorName, attestorEmail, validFor is { } period ? XmlConvert.ToString(period) : null);
        return MutateAsync(
            RequestAttestationOperation,
            new InputVariables<RequestAttestationInput>(input),
            CpdJsonContext.Default.InputVariablesRequestAttestationInput,
            CpdJsonContext.Default.MutationDataRequestAttestationPayload,
            data => data.Payload,
            payload => payload.ToResult(),
            cancellationToken);
    }
}
