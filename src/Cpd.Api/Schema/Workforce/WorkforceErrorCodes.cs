namespace Cpd.Api.Schema.Workforce;

/// <summary>The stable codes of workforce rejections beyond the domain's and <see cref="Common.ApiErrorCodes"/>.</summary>
public static class WorkforceErrorCodes
{
    /// <summary>A request carried more rows than <see cref="WorkforceSync.MaxRows"/>.</summary>
    public const string TooManyRows = "TOO_MANY_ROWS";

    /// <summary>An external id appeared more than once in one request.</summary>
    public const string DuplicateExternalId = "DUPLICATE_EXTERNAL_ID";

    /// <summary>A professional registration belongs to another member.</summary>
    public const string RegistrationTaken = "REGISTRATION_TAKEN";
}
