using NodaTime;

namespace Cpd.Domain.Experiences;

/// <summary>A confirmation of an experience: who (name and a reference such as an organisation id, member id or e-mail), when, how, and at which level.</summary>
public sealed record Attestation
{
    private Attestation(VerificationLevel level, AttestationMethod method, string attestorName, string? attestorReference, Instant attestedAt)
    {
        Level = level;
        Method = method;
        AttestorName = attestorName;
        AttestorReference = attestorReference;
        AttestedAt = attestedAt;
    }

    /// <summary>Gets the level this attestation raises the experience to (<see cref="VerificationLevel.Attested"/> or <see cref="VerificationLevel.Verified"/>).</summary>
    public VerificationLevel Level { get; }

    /// <summary>Gets how the attestation was given.</summary>
    public AttestationMethod Method { get; }

    /// <summary>Gets the name of the person who attested.</summary>
    public string AttestorName { get; }

    /// <summary>Gets a reference to the attestor (organisation id, member id, assessor id or e-mail address), if any.</summary>
    public string? AttestorReference { get; }

    /// <summary>Gets when the attestation was given.</summary>
    public Instant AttestedAt { get; }

    /// <summary>Creates an attestation timed by <paramref name="clock"/>. Assessors verify; hosts, counterparts and external attestors attest.</summary>
    /// <param name="method">How it is given.</param>
    /// <param name="attestorName">The attestor's name.</param>
    /// <param name="attestorReference">A reference to the attestor, or <see langword="null"/>.</param>
    /// <param name="clock">The clock that gives the time.</param>
    /// <returns>The attestation or field errors.</returns>
    public static Result<Attestation> Create(AttestationMethod method, string attestorName, string? attestorReference, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Restore(method, attestorName, attestorReference, clock.GetCurrentInstant());
    }

    /// <summary>
    /// Rebuilds an attestation given at a known time, such as one read back from storage; validated like
    /// <see cref="Create"/>, with the level following from <paramref name="method"/>.
    /// </summary>
    /// <param name="method">How it was given.</param>
    /// <param name="attestorName">The attestor's name.</param>
    /// <param name="attestorReference">A reference to the attestor, or <see langword="null"/>.</param>
    /// <param name="attestedAt">When it was given.</param>
    /// <returns>The attestation or field errors.</returns>
    public static Result<Attestation> Restore(AttestationMethod method, string attestorName, string? attestorReference, Instant attestedAt)
    {
        var errors = new ErrorList();
        errors.AddIf(method is < AttestationMethod.HostOrganisation or > AttestationMethod.Assessor, ExperienceErrors.UnknownValue, "method", "Unknown attestation method.");
        errors.RequireText(attestorName, "attestorName", 200, CommonErrors.Required, CommonErrors.TooLong);
        errors.AddIf(attestorReference is { Length: > 320 }, CommonErrors.TooLong, "attestorReference", "attestorReference must be at most 320 characters.");
        var level = method == AttestationMethod.Assessor ? VerificationLevel.Verified : VerificationLevel.Attested;
        return errors.ToResult(() => new Attestation(level, method, attestorName.Trim(), attestorReference, attestedAt));
    }
}
