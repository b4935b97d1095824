namespace Cpd.Api.Auth;

/// <summary>
/// The claims the bearer handler puts on an authenticated principal, from an API key or a JWT, and that
/// <see cref="Caller.FromPrincipal"/> reads back. The numeric ids are the database ids.
/// </summary>
public static class CpdClaimTypes
{
    /// <summary>The role's external name (<c>MEMBER</c>, <c>ASSESSOR</c>, <c>HR_SYSTEM</c>, <c>ADMIN</c>).</summary>
    public const string Role = "cpd_role";

    /// <summary>The member a <c>MEMBER</c> caller is.</summary>
    public const string Member = "cpd_member";

    /// <summary>The accrediting body an <c>ASSESSOR</c> caller assesses for.</summary>
    public const string Body = "cpd_body";

    /// <summary>The organisation an <c>HR_SYSTEM</c> caller speaks for.</summary>
    public const string Organisation = "cpd_org";

    /// <summary>The API key's id, when the caller used one.</summary>
    public const string KeyId = "cpd_key";

    /// <summary>The caller's display name (the key's name or the token's subject).</summary>
    public const string Name = "cpd_name";
}
