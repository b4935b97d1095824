using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Organisations;

/// <summary>Narrows <c>organisations</c>; every given condition must hold.</summary>
/// <param name="SectorCode">Only organisations of this sector.</param>
/// <param name="PlaceCode">Only organisations in this place.</param>
/// <param name="NameContains">Only organisations whose name contains this text (ignoring case).</param>
[GraphQLDescription("Narrows `organisations`; every condition given must hold.")]
public sealed record OrganisationFilter(string? SectorCode = null, string? PlaceCode = null, string? NameContains = null);
