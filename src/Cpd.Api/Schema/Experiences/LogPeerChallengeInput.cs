using Cpd.Api.Schema.Common;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>A peer challenge the caller took part in, as reviewer or host, with a peer organisation.</summary>
/// <param name="Title">What it was.</param>
/// <param name="Role">REVIEWER or HOST.</param>
/// <param name="PeerOrganisationId">The peer organisation's global id.</param>
/// <param name="Date">The day.</param>
/// <param name="Hours">The hours spent, more than 0.</param>
public sealed record LogPeerChallengeInput(
    string Title, PeerChallengeRole Role, [property: GraphQLType("ID!")] string PeerOrganisationId, LocalDate Date, decimal Hours) : MutationInput;
