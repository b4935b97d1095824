using NodaTime;

namespace Cpd.Api.Auth;

/// <summary>What a new API key is for: a role, a name for people to recognise it by, the one scope id the role needs, and an optional expiry.</summary>
/// <param name="Role">The role's external name (<c>MEMBER</c>, <c>ASSESSOR</c>, <c>HR_SYSTEM</c>, <c>ADMIN</c>).</param>
/// <param name="Name">A name for the key (who or what uses it).</param>
/// <param name="MemberId">The member, for <c>MEMBER</c>.</param>
/// <param name="BodyId">The accrediting body, for <c>ASSESSOR</c>.</param>
/// <param name="OrganisationId">The organisation, for <c>HR_SYSTEM</c>.</param>
/// <param name="ExpiresAt">When the key stops working; null for never.</param>
public sealed record ApiKeyRequest(string? Role, string? Name, long? MemberId = null, long? BodyId = null, long? OrganisationId = null,
    Instant? ExpiresAt = null);
