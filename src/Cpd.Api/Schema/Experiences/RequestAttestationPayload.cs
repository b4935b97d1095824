using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The result of <c>requestAttestation</c>: the link and its token, shown this once (only the token's hash is stored).</summary>
/// <param name="Request">The request as it is listed on the experience; null when rejected.</param>
/// <param name="Token">The link's secret token.</param>
/// <param name="AttestationLink">The link to send to the attestor.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record RequestAttestationPayload(
    AttestationRequest? Request,
    [property: GraphQLDescription("The link's secret token, shown only in this response: the API keeps only its SHA-256 hash.")] string? Token,
    [property: GraphQLDescription("The link to send to the attestor ({Cpd:PublicBaseUrl}/attest?token=…), shown only in this response.")] string? AttestationLink,
    Instant? ExpiresAt) : Payload;
