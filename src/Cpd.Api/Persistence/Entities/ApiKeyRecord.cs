using NodaTime;

namespace Cpd.Api.Persistence.Entities;

/// <summary>An API key: looked up by <see cref="Prefix"/>, verified against <see cref="SecretHash"/> (the secret is never stored).</summary>
public sealed class ApiKeyRecord
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The caller's role as stable text (<c>MEMBER</c>, <c>ASSESSOR</c>, <c>HR_SYSTEM</c>, <c>ADMIN</c>).</summary>
    public string Role { get; set; } = "";

    public long? MemberId { get; set; }

    public long? BodyId { get; set; }

    public long? OrganisationId { get; set; }

    public string Prefix { get; set; } = "";

    public byte[] SecretHash { get; set; } = [];

    public Instant CreatedAt { get; set; }

    public Instant? ExpiresAt { get; set; }

    public Instant? RevokedAt { get; set; }

    public Instant? LastUsedAt { get; set; }
}
