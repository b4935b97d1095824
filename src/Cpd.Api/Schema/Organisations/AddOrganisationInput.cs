using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Organisations;

/// <summary>A new organisation.</summary>
/// <param name="Name">The name.</param>
/// <param name="SectorCode">A known sector code.</param>
/// <param name="PlaceCode">A place code such as <c>E07000113</c>, or null.</param>
public sealed record AddOrganisationInput(string Name, string SectorCode, string? PlaceCode = null) : MutationInput;
