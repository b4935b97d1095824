using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Organisations;

/// <summary>An organisation's new name, sector and place (all replaced; a null place removes it).</summary>
/// <param name="Id">The organisation's global id.</param>
/// <param name="Name">The name.</param>
/// <param name="SectorCode">A known sector code.</param>
/// <param name="PlaceCode">A place code, or null for none.</param>
public sealed record UpdateOrganisationInput([property: GraphQLType("ID!")] string Id, string Name, string SectorCode, string? PlaceCode = null) : MutationInput;
