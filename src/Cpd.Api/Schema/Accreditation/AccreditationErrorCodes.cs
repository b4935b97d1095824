namespace Cpd.Api.Schema.Accreditation;

/// <summary>The error codes of progression checks and applications (beyond <c>ApiErrorCodes</c> and the domain's <c>AccreditationErrors</c>).</summary>
public static class AccreditationErrorCodes
{
    /// <summary>No version of the scheme is effective on the date (or the version number asked for does not exist).</summary>
    public const string NoEffectiveVersion = "NO_EFFECTIVE_VERSION";

    /// <summary>The member already has a pending application for the scheme.</summary>
    public const string ApplicationPending = "APPLICATION_PENDING";

    /// <summary>A date outside the range the evaluator projects over (years 1900 to 2999).</summary>
    public const string DateOutOfRange = "DATE_OUT_OF_RANGE";
}
