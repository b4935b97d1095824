namespace Cpd.Domain.Accreditation;

/// <summary>Error codes of the accreditation area: bodies, schemes, versions, applications and awards.</summary>
public static class AccreditationErrors
{
    /// <summary>A scheme version takes effect before the version it follows.</summary>
    public const string EffectiveBeforePrevious = "EFFECTIVE_BEFORE_PREVIOUS";

    /// <summary>A validity period is not a positive date period.</summary>
    public const string BadValidity = "BAD_VALIDITY";

    /// <summary>An award was requested for an application whose snapshot is not eligible, without an override reason.</summary>
    public const string NotEligible = "NOT_ELIGIBLE";

    /// <summary>The application was already decided.</summary>
    public const string AlreadyDecided = "ALREADY_DECIDED";

    /// <summary>The snapshot was evaluated against another scheme version than the one applied for.</summary>
    public const string SnapshotMismatch = "SNAPSHOT_MISMATCH";

    /// <summary>The decision date is before the application date.</summary>
    public const string DecisionBeforeApplication = "DECISION_BEFORE_APPLICATION";
}
