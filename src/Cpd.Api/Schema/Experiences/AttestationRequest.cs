using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>An attestation link issued for an experience: who was asked, when, until when, and whether it was used (never the token).</summary>
[GraphQLDescription("An attestation link issued to a named person: who was asked, when, until when, and whether it was used. The token itself is never shown again.")]
public sealed class AttestationRequest
{
    /// <summary>The database id.</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The experience's database id.</summary>
    [GraphQLIgnore]
    public long ExperienceId { get; init; }

    /// <summary>The experience's member.</summary>
    [GraphQLIgnore]
    public long MemberId { get; init; }

    /// <summary>The person asked.</summary>
    public string AttestorName { get; init; } = string.Empty;

    /// <summary>The e-mail address the link is bound to.</summary>
    public string AttestorEmail { get; init; } = string.Empty;

    /// <summary>When the link was issued.</summary>
    public Instant IssuedAt { get; init; }

    /// <summary>When the link stops working.</summary>
    public Instant ExpiresAt { get; init; }

    /// <summary>When the link was used, if it was.</summary>
    public Instant? UsedAt { get; init; }

    /// <summary>Whether the link was used.</summary>
    public bool Used => UsedAt is not null;
}
