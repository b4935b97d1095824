namespace Cpd.Api.Auth;

/// <summary>
/// JWT bearer validation, bound from <c>Auth:Jwt</c>. JWTs are accepted only when <see cref="Issuer"/> (or
/// <see cref="Authority"/>), <see cref="Audience"/> and a signing key are all configured. The caller's role and scope
/// come from claims named by the <c>…Claim</c> settings; a token without a known role, or a scoped role without its
/// scope id, is refused.
/// </summary>
public sealed class JwtOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth:Jwt";

    /// <summary>The expected <c>iss</c> claim.</summary>
    public string? Issuer { get; set; }

    /// <summary>The identity provider's address; used as the expected issuer when <see cref="Issuer"/> is not set (keys are not discovered: configure them).</summary>
    public string? Authority { get; set; }

    /// <summary>The expected <c>aud</c> claim.</summary>
    public string? Audience { get; set; }

    /// <summary>A symmetric signing key (HMAC-SHA256 and stronger), base64, at least 32 bytes.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An RSA or EC public key in PEM (<c>-----BEGIN PUBLIC KEY-----</c>), for tokens signed by an identity provider.</summary>
    public string? PublicKeyPem { get; set; }

    /// <summary>Tolerated clock difference (default one minute).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The claim holding the role (<c>MEMBER</c>, <c>ASSESSOR</c>, <c>HR_SYSTEM</c>, <c>ADMIN</c>); default <c>cpd_role</c>.</summary>
    public string RoleClaim { get; set; } = CpdClaimTypes.Role;

    /// <summary>The claim holding a member's database id; default <c>cpd_member</c>.</summary>
    public string MemberClaim { get; set; } = CpdClaimTypes.Member;

    /// <summary>The claim holding an assessor's accrediting body id; default <c>cpd_body</c>.</summary>
    public string BodyClaim { get; set; } = CpdClaimTypes.Body;

    /// <summary>The claim holding an HR system's organisation id; default <c>cpd_org</c>.</summary>
    public string OrganisationClaim { get; set; } = CpdClaimTypes.Organisation;

    /// <summary>The claim naming the caller in logs and the audit trail; default <c>name</c>, then <c>sub</c>.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>The issuer to expect.</summary>
    internal string? ExpectedIssuer => string.IsNullOrWhiteSpace(Issuer) ? Authority : Issuer;

    /// <summary>Whether enough is configured to validate JWTs.</summary>
    internal bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ExpectedIssuer) && !string.IsNullOrWhiteSpace(Audience)
        && (!string.IsNullOrWhiteSpace(SigningKey) || !string.IsNullOrWhiteSpace(PublicKeyPem));
}
