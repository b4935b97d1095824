using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary>The result of <c>addSector</c>.</summary>
/// <param name="Sector">The sector added; null when rejected.</param>
public sealed record AddSectorPayload(Sector? Sector) : Payload;
