namespace Cpd.Api.Auth;

/// <summary>The codes of API key issuing errors (one registry; a test checks they are unique).</summary>
public static class AuthErrorCodes
{
    /// <summary>The role is not one of <c>MEMBER</c>, <c>ASSESSOR</c>, <c>HR_SYSTEM</c>, <c>ADMIN</c>.</summary>
    public const string InvalidRole = "INVALID_ROLE";

    /// <summary>A scoped role was given without its scope (<c>--member</c>, <c>--body</c>, <c>--org</c>).</summary>
    public const string ScopeRequired = "SCOPE_REQUIRED";

    /// <summary>A scope was given that the role does not take (e.g. <c>--org</c> for a member).</summary>
    public const string ScopeNotAllowed = "SCOPE_NOT_ALLOWED";

    /// <summary>The member, body or organisation named as scope does not exist.</summary>
    public const string ScopeNotFound = "SCOPE_NOT_FOUND";

    /// <summary>A key's expiry is not in the future.</summary>
    public const string ExpiryInPast = "EXPIRY_IN_PAST";

    /// <summary>The key to revoke does not exist.</summary>
    public const string KeyNotFound = "KEY_NOT_FOUND";

    /// <summary>The key is already revoked.</summary>
    public const string KeyRevoked = "KEY_REVOKED";
}
