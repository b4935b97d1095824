using System.Globalization;
using System.Security.Claims;

namespace Cpd.Api.Auth;

/// <summary>
/// Who is asking: one per request (a scoped service filled from the authenticated principal), immutable.
/// Resolvers take it as a <c>[Service]</c> parameter and hand it to <see cref="AccessPolicy"/>; they never test roles themselves.
/// Exactly one scope id is set for a scoped role: <see cref="MemberId"/> for a member, <see cref="BodyId"/> for an
/// assessor, <see cref="OrganisationId"/> for an HR system; none for an admin or an anonymous caller.
/// </summary>
public sealed class Caller
{
    private Caller(CallerRole role, string name, long? memberId, long? bodyId, long? organisationId, long? keyId)
    {
        Role = role;
        Name = name;
        MemberId = memberId;
        BodyId = bodyId;
        OrganisationId = organisationId;
        KeyId = keyId;
    }

    /// <summary>The caller who sent no credentials.</summary>
    public static Caller Anonymous { get; } = new(CallerRole.Anonymous, "anonymous", null, null, null, null);

    /// <summary>The caller's role.</summary>
    public CallerRole Role { get; }

    /// <summary>A display name for logs and the audit trail (the API key's name or the token's subject); never a secret.</summary>
    public string Name { get; }

    /// <summary>The member a <see cref="CallerRole.Member"/> caller is.</summary>
    public long? MemberId { get; }

    /// <summary>The accrediting body an <see cref="CallerRole.Assessor"/> caller assesses for.</summary>
    public long? BodyId { get; }

    /// <summary>The organisation an <see cref="CallerRole.HrSystem"/> caller speaks for.</summary>
    public long? OrganisationId { get; }

    /// <summary>The API key the caller used, if any (null for a JWT or an anonymous caller).</summary>
    public long? KeyId { get; }

    /// <summary>Whether the caller sent valid credentials.</summary>
    public bool IsAuthenticated => Role != CallerRole.Anonymous;

    /// <summary>A member acting for themselves.</summary>
    public static Caller ForMember(long memberId, string name, long? keyId = null) =>
        new(CallerRole.Member, CheckName(name), memberId, null, null, keyId);

    /// <summary>An assessor of an accrediting body.</summary>
    public static Caller ForAssessor(long bodyId, string name, long? keyId = null) =>
        new(CallerRole.Assessor, CheckName(name), null, bodyId, null, keyId);

    /// <summary>The HR system of an organisation.</summary>
    public static Caller ForHrSystem(long organisationId, string name, long? keyId = null) =>
        new(CallerRole.HrSystem, CheckName(name), null, null, organisationId, keyId);

    /// <summary>An administrator.</summary>
    public static Caller ForAdmin(string name, long? keyId = null) =>
        new(CallerRole.Admin, CheckName(name), null, null, null, keyId);

    /// <summary>
    /// A caller of a role with the scope id that role needs (the member, body or organisation; ignored for an admin).
    /// </summary>
    /// <exception cref="ArgumentException">The role is anonymous, or a scoped role has no scope id.</exception>
    public static Caller For(CallerRole role, long? scopeId, string name, long? keyId = null) => role switch
    {
        CallerRole.Member => ForMember(RequireScope(scopeId, role), name, keyId),
        CallerRole.Assessor => ForAssessor(RequireScope(scopeId, role), name, keyId),
        CallerRole.HrSystem => ForHrSystem(RequireScope(scopeId, role), name, keyId),
        CallerRole.Admin => ForAdmin(name, keyId),
        _ => throw new ArgumentException("Only an authenticated role can be given to a caller.", nameof(role)),
    };

    /// <summary>
    /// The caller a principal made by the bearer handler stands for (<see cref="CpdClaimTypes"/>); an unauthenticated
    /// principal, or one whose claims are incomplete, is <see cref="Anonymous"/>.
    /// </summary>
    public static Caller FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true }
            || !CallerRoles.TryParse(principal.FindFirst(CpdClaimTypes.Role)?.Value, out var role))
        {
            return Anonymous;
        }

        var name = principal.FindFirst(CpdClaimTypes.Name)?.Value is { Length: > 0 } n ? n : role.ToName().ToLowerInvariant();
        var keyId = ReadId(principal, CpdClaimTypes.KeyId);
        var scope = role switch
        {
            CallerRole.Member => ReadId(principal, CpdClaimTypes.Member),
            CallerRole.Assessor => ReadId(principal, CpdClaimTypes.Body),
            CallerRole.HrSystem => ReadId(principal, CpdClaimTypes.Organisation),
            _ => 0,
        };
        return scope is null ? Anonymous : For(role, scope, name, keyId);
    }

    /// <summary>The claims that stand for this caller (the inverse of <see cref="FromPrincipal"/>).</summary>
    public IReadOnlyList<Claim> ToClaims()
    {
        var claims = new List<Claim> { new(CpdClaimTypes.Role, Role.ToName()), new(CpdClaimTypes.Name, Name) };
        Add(claims, CpdClaimTypes.Member, MemberId);
        Add(claims, CpdClaimTypes.Body, BodyId);
        Add(claims, CpdClaimTypes.Organisation, OrganisationId);
        Add(claims, CpdClaimTypes.KeyId, KeyId);
        return claims;
    }

    /// <summary>The scope in words (<c>member 7</c>, <c>body 2</c>, <c>organisation 11</c>), or empty for an admin or anonymous caller.</summary>
    public string ScopeText =>
        MemberId is { } m ? $"member {m}" : BodyId is { } b ? $"body {b}" : OrganisationId is { } o ? $"organisation {o}" : "";

    /// <inheritdoc />
    public override string ToString()
    {
        var details = string.Join(", ", new[] { ScopeText, KeyId is { } key ? $"key {key}" : "" }.Where(d => d.Length > 0));
        return details.Length == 0 ? $"{Role.ToName()} {Name}" : $"{Role.ToName()} {Name} ({details})";
    }

    private static void Add(List<Claim> claims, string type, long? value)
    {
        if (value is { } v)
        {
            claims.Add(new Claim(type, v.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        }
    }

    private static long? ReadId(ClaimsPrincipal principal, string type) =>
        long.TryParse(principal.FindFirst(type)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static long RequireScope(long? scopeId, CallerRole role) =>
        scopeId ?? throw new ArgumentException($"A {role.ToName()} caller needs a scope id.", nameof(scopeId));

    private static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name;
    }
}
