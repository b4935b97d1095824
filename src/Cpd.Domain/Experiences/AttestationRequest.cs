using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>
/// A single-use, expiring request to a named person outside the system (e.g. a host supervisor) to attest an experience.
/// The secret link token is the API's concern; the domain decides whether the request may still be redeemed.
/// </summary>
public sealed record AttestationRequest
{
    /// <summary>The longest validity a link may have.</summary>
    public static readonly Duration MaxValidity = Duration.FromDays(90);

    private AttestationRequest(long id, long experienceId, string attestorName, string attestorEmail, Instant issuedAt, Instant expiresAt, Instant? usedAt)
    {
        Id = id;
        ExperienceId = experienceId;
        AttestorName = attestorName;
        AttestorEmail = attestorEmail;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
        UsedAt = usedAt;
    }

    /// <summary>Gets the request's identifier.</summary>
    public long Id { get; }

    /// <summary>Gets the experience to attest.</summary>
    public long ExperienceId { get; }

    /// <summary>Gets the named person the link was issued to.</summary>
    public string AttestorName { get; }

    /// <summary>Gets the e-mail address the link was sent to.</summary>
    public string AttestorEmail { get; }

    /// <summary>Gets when the link was issued.</summary>
    public Instant IssuedAt { get; }

    /// <summary>Gets when the link stops working.</summary>
    public Instant ExpiresAt { get; }

    /// <summary>Gets when the link was used, or <see langword="null"/> while unused.</summary>
    public Instant? UsedAt { get; }

    /// <summary>Issues a request valid for <paramref name="validFor"/> from now.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="experienceId">The experience to attest.</param>
    /// <param name="attestorName">The named person.</param>
    /// <param name="attestorEmail">Their e-mail address.</param>
    /// <param name="validFor">How long the link works (more than zero, at most 90 days).</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The request or field errors.</returns>
    public static Result<AttestationRequest> Issue(long id, long experienceId, string attestorName, string attestorEmail, Duration validFor, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(experienceId <= 0, CommonErrors.InvalidId, "experienceId", "The experience id must be positive.");
        errors.RequireText(attestorName, "attestorName", 200, CommonErrors.Required, CommonErrors.TooLong);
        errors.RequireText(attestorEmail, "attestorEmail", 320, CommonErrors.Required, CommonErrors.TooLong);
        errors.AddIf(validFor <= Duration.Zero || validFor > MaxValidity, ExperienceErrors.LinkValidityOutOfRange, "validFor", "A link must be valid for more than zero and at most 90 days.");
        var now = clock.GetCurrentInstant();
        return errors.ToResult(() => new AttestationRequest(id, experienceId, attestorName.Trim(), attestorEmail.Trim(), now, now + validFor, null));
    }

    /// <summary>
    /// Rebuilds a request issued at a known time, such as one read back from storage; the texts are validated like
    /// <see cref="Issue"/>, and the validity may be anything the request was issued with.
    /// </summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="experienceId">The experience to attest.</param>
    /// <param name="attestorName">The named person.</param>
    /// <param name="attestorEmail">Their e-mail address.</param>
    /// <param name="issuedAt">When the link was issued.</param>
    /// <param name="expiresAt">When it stops working (after <paramref name="issuedAt"/>).</param>
    /// <param name="usedAt">When it was used, or <see langword="null"/> while unused.</param>
    /// <returns>The request or field errors.</returns>
    public static Result<AttestationRequest> Restore(
        long id, long experienceId, string attestorName, string attestorEmail, Instant issuedAt, Instant expiresAt, Instant? usedAt)
    {
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(experienceId <= 0, CommonErrors.InvalidId, "experienceId", "The experience id must be positive.");
        errors.RequireText(attestorName, "attestorName", 200, CommonErrors.Required, CommonErrors.TooLong);
        errors.RequireText(attestorEmail, "attestorEmail", 320, CommonErrors.Required, CommonErrors.TooLong);
        errors.AddIf(expiresAt <= issuedAt, ExperienceErrors.LinkValidityOutOfRange, "expiresAt", "A link must expire after it was issued.");
        return errors.ToResult(() => new AttestationRequest(id, experienceId, attestorName.Trim(), attestorEmail.Trim(), issuedAt, expiresAt, usedAt));
    }

    /// <summary>Uses the link: returns the used request and the attestation it gives, or an error if the link expired or was used.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The redemption or an error coded <see cref="ExperienceErrors.LinkExpired"/> / <see cref="ExperienceErrors.LinkAlreadyUsed"/>.</returns>
    public Result<AttestationRedemption> Redeem(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetCurrentInstant();
        if (UsedAt is not null)
        {
            return Result.Failure<AttestationRedemption>(ExperienceErrors.LinkAlreadyUsed, "token", "This attestation link was already used.");
        }

        if (now >= ExpiresAt)
        {
            return Result.Failure<AttestationRedemption>(ExperienceErrors.LinkExpired, "token", "This attestation link has expired.");
        }

        var attestation = Attestation.Create(AttestationMethod.ExternalLink, AttestorName, AttestorEmail, clock).Value;
        return Result.Success(new AttestationRedemption(
            new AttestationRequest(Id, ExperienceId, AttestorName, AttestorEmail, IssuedAt, ExpiresAt, now), attestation));
    }
}
