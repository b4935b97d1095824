namespace Cpd.Api.Schema.Workforce;

/// <summary>The stable codes of workforce rejections beyond the domain's and <see cref="Common.ApiErrorCodes"/>.</summary>
public static class WorkforceErrorCodes
{
    /// <summary>A request carried more rows than <see cref="WorkforceSync.MaxRows"/>.</summary>
    public const string TooManyRows = "TOO_MANY_ROWS";

    /// <summary>An external id appeared more than once in one request.</summary>
    public const string DuplicateExternalId = "DUPLICATE_EXTERNAL_ID";

    /// <summary>A professional registration belongs to another member (who may give the employer a link code instead).</summary>
    public const string RegistrationTaken = "REGISTRATION_TAKEN";

    /// <summary>A row named an existing member without that member's link code.</summary>
    public const string LinkCodeRequired = "LINK_CODE_REQUIRED";

    /// <summary>A link code is unknown, expired, already used or revoked, or not the named member's (one code for all, so that codes cannot be probed).</summary>
    public const string LinkCodeInvalid = "LINK_CODE_INVALID";
}
