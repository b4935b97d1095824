namespace Cpd.Client.Models;

/// <summary>A peer challenge to log: the member reviewed a peer organisation, or hosted its review.</summary>
/// <param name="Title">A short title.</param>
/// <param name="Role">Reviewer or host.</param>
/// <param name="PeerOrganisationId">The peer organisation's global id.</param>
/// <param name="Date">The day.</param>
/// <param name="Hours">The hours it took, above 0.</param>
public sealed record NewPeerChallenge(string Title, PeerChallengeRole Role, string PeerOrganisationId, DateOnly Date, decimal Hours);
