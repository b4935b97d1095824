using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>A confirmation (or dispute) of an experience: who, when, how, at which level.</summary>
[GraphQLDescription("A confirmation or dispute of an experience: who, when, how and at which level. Only confirmations raise the verification.")]
public sealed class Attestation
{
    /// <summary>The database id (orders attestations).</summary>
    [GraphQLIgnore]
    public long DatabaseId { get; init; }

    /// <summary>The level a confirmation raises the experience to.</summary>
    public VerificationLevel Level { get; init; }

    /// <summary>How it was given.</summary>
    public AttestationMethod Method { get; init; }

    /// <summary>Confirmed or disputed.</summary>
    public AttestationOutcome Outcome { get; init; }

    /// <summary>The attestor's name.</summary>
    public string AttestorName { get; init; } = string.Empty;

    /// <summary>When it was given.</summary>
    public Instant At { get; init; }
}
