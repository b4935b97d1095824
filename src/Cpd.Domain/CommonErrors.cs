namespace Cpd.Domain;

/// <summary>Error codes shared by every area (required and over-long fields, bad identifiers).</summary>
public static class CommonErrors
{
    /// <summary>A required field is missing or blank.</summary>
    public const string Required = "REQUIRED";

    /// <summary>A text field is longer than allowed.</summary>
    public const string TooLong = "TOO_LONG";

    /// <summary>An identifier is not positive.</summary>
    public const string InvalidId = "INVALID_ID";
}
