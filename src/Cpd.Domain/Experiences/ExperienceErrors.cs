namespace Cpd.Domain.Experiences;

/// <summary>Error codes of the experience area (experiences, attestations, attestation links).</summary>
public static class ExperienceErrors
{
    /// <summary>Hours are not more than 0 and at most 10,000.</summary>
    public const string HoursOutOfRange = "HOURS_OUT_OF_RANGE";

    /// <summary>An enumeration value (kind, role, method, level) is not defined.</summary>
    public const string UnknownValue = "UNKNOWN_VALUE";

    /// <summary>The attestation level does not match its method: assessors verify, everyone else attests.</summary>
    public const string AttestationMethodMismatch = "ATTESTATION_METHOD_MISMATCH";

    /// <summary>The attestation link has expired.</summary>
    public const string LinkExpired = "LINK_EXPIRED";

    /// <summary>The attestation link was already used.</summary>
    public const string LinkAlreadyUsed = "LINK_ALREADY_USED";

    /// <summary>The validity of an attestation link is not positive or longer than 90 days.</summary>
    public const string LinkValidityOutOfRange = "LINK_VALIDITY_OUT_OF_RANGE";

    /// <summary>The same code is listed twice.</summary>
    public const string DuplicateValue = "DUPLICATE_VALUE";
}
