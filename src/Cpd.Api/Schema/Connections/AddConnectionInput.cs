using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Connections;

/// <summary>A professional contact of the caller's, for network diversity.</summary>
/// <param name="Name">The contact's name (at most 200 characters).</param>
/// <param name="SectorCode">The contact's sector (a taxonomy code).</param>
/// <param name="ProfessionCode">The contact's profession (a taxonomy code), if known.</param>
public sealed record AddConnectionInput(string Name, string SectorCode, string? ProfessionCode = null) : MutationInput;
