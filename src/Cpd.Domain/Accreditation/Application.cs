using NodaTime;

namespace Cpd.Domain.Accreditation;

/// <summary>
/// A member's application for a scheme version, with the eligibility snapshot taken when applying. An assessor awards it (an award needs
/// an eligible snapshot or an explicit override with a reason) or refuses it with a reason.
/// </summary>
public sealed record Application
{
    private Application(long id, long memberId, SchemeVersion version, LocalDate appliedOn, EligibilitySnapshot snapshot, ApplicationStatus status, string? decisionReason, LocalDate? decidedOn)
    {
        Id = id;
        MemberId = memberId;
        Version = version;
        AppliedOn = appliedOn;
        Snapshot = snapshot;
        Status = status;
        DecisionReason = decisionReason;
        DecidedOn = decidedOn;
    }

    /// <summary>Gets the application's identifier.</summary>
    public long Id { get; }

    /// <summary>Gets the applicant.</summary>
    public long MemberId { get; }

    /// <summary>Gets the scheme version applied for.</summary>
    public SchemeVersion Version { get; }

    /// <summary>Gets the day of the application.</summary>
    public LocalDate AppliedOn { get; }

    /// <summary>Gets the eligibility snapshot taken when applying.</summary>
    public EligibilitySnapshot Snapshot { get; }

    /// <summary>Gets the status.</summary>
    public ApplicationStatus Status { get; }

    /// <summary>Gets the assessor's reason (refusal reason or override reason), if any.</summary>
    public string? DecisionReason { get; }

    /// <summary>Gets the decision day, if decided.</summary>
    public LocalDate? DecidedOn { get; }

    /// <summary>Creates a pending application.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The applicant.</param>
    /// <param name="version">The version applied for.</param>
    /// <param name="appliedOn">The day of the application.</param>
    /// <param name="snapshot">The eligibility snapshot, evaluated against <paramref name="version"/>.</param>
    /// <returns>The application or field errors.</returns>
    public static Result<Application> Submit(long id, long memberId, SchemeVersion version, LocalDate appliedOn, EligibilitySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(snapshot);
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(memberId <= 0, CommonErrors.InvalidId, "memberId", "The member id must be positive.");
        errors.AddIf(snapshot.SchemeId != version.SchemeId || snapshot.VersionNumber != version.Number, AccreditationErrors.SnapshotMismatch, "snapshot",
            "The snapshot was evaluated against another scheme version.");
        return errors.ToResult(() => new Application(id, memberId, version, appliedOn, snapshot, ApplicationStatus.Pending, null, null));
    }

    /// <summary>Awards the application: needs an eligible snapshot, or an <paramref name="overrideReason"/>.</summary>
    /// <param name="awardId">The new award's identifier.</param>
    /// <param name="awardedOn">The award date.</param>
    /// <param name="overrideReason">Why the assessor awards although the snapshot is not eligible, or <see langword="null"/>.</param>
    /// <returns>The decided application and its award, or errors (<see cref="AccreditationErrors.NotEligible"/>, <see cref="AccreditationErrors.AlreadyDecided"/>, ...).</returns>
    public Result<AwardDecision> Award(long awardId, LocalDate awardedOn, string? overrideReason = null)
    {
        var errors = CheckDecision(awardedOn);
        errors.AddIf(awardId <= 0, CommonErrors.InvalidId, "awardId", "The award id must be positive.");
        errors.AddIf(!Snapshot.Eligible && string.IsNullOrWhiteSpace(overrideReason), AccreditationErrors.NotEligible, "overrideReason",
            "The member was not eligible when applying; awarding needs an override reason.");
        errors.AddIf(overrideReason is { Length: > 2000 }, CommonErrors.TooLong, "overrideReason", "overrideReason must be at most 2000 characters.");
        var reason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim();
        return errors.ToResult(() => new AwardDecision(
            new Application(Id, MemberId, Version, AppliedOn, Snapshot, ApplicationStatus.Awarded, reason, awardedOn),
            new Award(awardId, MemberId, Version.SchemeId, Version.SchemeCode, Version.Number, awardedOn, awardedOn.Plus(Version.Validity), reason)));
    }

    /// <summary>Refuses the application with a reason.</summary>
    /// <param name="decidedOn">The decision day.</param>
    /// <param name="reason">The reason (required).</param>
    /// <returns>The refused application or errors.</returns>
    public Result<Application> Refuse(LocalDate decidedOn, string reason)
    {
        var errors = CheckDecision(decidedOn);
        errors.RequireText(reason, "reason", 2000, CommonErrors.Required, CommonErrors.TooLong);
        return errors.ToResult(() => new Application(Id, MemberId, Version, AppliedOn, Snapshot, ApplicationStatus.Refused, reason.Trim(), decidedOn));
    }

    private ErrorList CheckDecision(LocalDate decidedOn)
    {
        var errors = new ErrorList();
        errors.AddIf(Status != ApplicationStatus.Pending, AccreditationErrors.AlreadyDecided, "status", "The application was already decided.");
        errors.AddIf(decidedOn < AppliedOn, AccreditationErrors.DecisionBeforeApplication, "decidedOn", "The decision cannot be dated before the application.");
        return errors;
    }
}
