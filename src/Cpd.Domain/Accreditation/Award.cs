using NodaTime;

namespace Cpd.Domain.Accreditation;

/// <summary>
/// An accreditation held by a member: the scheme, the version judged against, the award date and the expiry (award date + the version's validity).
/// The award is held from <see cref="AwardedOn"/> up to the day before <see cref="ExpiresOn"/>.
/// </summary>
public sealed record Award
{
    internal Award(long id, long memberId, long schemeId, string schemeCode, int versionNumber, LocalDate awardedOn, LocalDate expiresOn, string? overrideReason)
    {
        Id = id;
        MemberId = memberId;
        SchemeId = schemeId;
        SchemeCode = schemeCode;
        VersionNumber = versionNumber;
        AwardedOn = awardedOn;
        ExpiresOn = expiresOn;
        OverrideReason = overrideReason;
    }

    /// <summary>Gets the award's identifier.</summary>
    public long Id { get; }

    /// <summary>Gets the holder.</summary>
    public long MemberId { get; }

    /// <summary>Gets the scheme.</summary>
    public long SchemeId { get; }

    /// <summary>Gets the scheme's code.</summary>
    public string SchemeCode { get; }

    /// <summary>Gets the version judged against.</summary>
    public int VersionNumber { get; }

    /// <summary>Gets the award date (the first day it is held).</summary>
    public LocalDate AwardedOn { get; }

    /// <summary>Gets the expiry: award date + validity, the first day it is no longer held.</summary>
    public LocalDate ExpiresOn { get; }

    /// <summary>Gets the assessor's reason for awarding despite a not-eligible snapshot, or <see langword="null"/>.</summary>
    public string? OverrideReason { get; }

    /// <summary>Creates an award directly (for imports of awards made outside the system); applications use <see cref="Application.Award"/>.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The holder.</param>
    /// <param name="version">The version judged against.</param>
    /// <param name="awardedOn">The award date.</param>
    /// <returns>The award or field errors.</returns>
    public static Result<Award> Create(long id, long memberId, SchemeVersion version, LocalDate awardedOn)
    {
        ArgumentNullException.ThrowIfNull(version);
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(memberId <= 0, CommonErrors.InvalidId, "memberId", "The member id must be positive.");
        return errors.ToResult(() => new Award(id, memberId, version.SchemeId, version.SchemeCode, version.Number, awardedOn, awardedOn.Plus(version.Validity), null));
    }

    /// <summary>
    /// Rebuilds an award from stored values (such as a row read back from storage), without its scheme version:
    /// the expiry is the stored one rather than recomputed from the version's validity.
    /// </summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="memberId">The holder.</param>
    /// <param name="schemeId">The scheme's identifier.</param>
    /// <param name="schemeCode">The scheme's code.</param>
    /// <param name="versionNumber">The number of the version judged against (1 or more).</param>
    /// <param name="awardedOn">The award date.</param>
    /// <param name="expiresOn">The first day it is no longer held (after <paramref name="awardedOn"/>).</param>
    /// <param name="overrideReason">The assessor's override reason, or <see langword="null"/>.</param>
    /// <returns>The award or field errors.</returns>
    public static Result<Award> Restore(
        long id, long memberId, long schemeId, string schemeCode, int versionNumber, LocalDate awardedOn, LocalDate expiresOn, string? overrideReason)
    {
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(memberId <= 0, CommonErrors.InvalidId, "memberId", "The member id must be positive.");
        errors.AddIf(schemeId <= 0, CommonErrors.InvalidId, "schemeId", "The scheme id must be positive.");
        errors.AddIf(string.IsNullOrWhiteSpace(schemeCode), CommonErrors.Required, "schemeCode", "The scheme code is required.");
        errors.AddIf(versionNumber < 1, CommonErrors.InvalidId, "versionNumber", "The version number must be 1 or more.");
        errors.AddIf(expiresOn <= awardedOn, AccreditationErrors.BadValidity, "expiresOn", "The expiry must be after the award date.");
        return errors.ToResult(() => new Award(id, memberId, schemeId, schemeCode, versionNumber, awardedOn, expiresOn, overrideReason));
    }

    /// <summary>Returns whether the award is held on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> from the award date up to the day before expiry.</returns>
    public bool IsHeldOn(LocalDate date) => date >= AwardedOn && date < ExpiresOn;
}
