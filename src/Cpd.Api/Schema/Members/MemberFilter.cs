using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Members;

/// <summary>Narrows <c>members</c>; every condition given must hold, judged only on what the caller may see.</summary>
/// <param name="DisplayNameContains">Part of the display name, in any case.</param>
/// <param name="OrganisationId">The global id of an organisation the member has (or had) an employment with.</param>
/// <param name="SectorCode">A sector of an organisation the member is employed by today.</param>
[GraphQLDescription("Narrows `members`; every condition given must hold. Conditions are judged on the employments the caller may see, so an HR system cannot learn of employment elsewhere through them.")]
public sealed record MemberFilter(
    string? DisplayNameContains = null,
    [property: GraphQLType("ID")] string? OrganisationId = null,
    string? SectorCode = null);
