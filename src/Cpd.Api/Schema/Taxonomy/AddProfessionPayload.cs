using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Taxonomy;

/// <summary>The result of <c>addProfession</c>.</summary>
/// <param name="Profession">The profession added; null when rejected.</param>
public sealed record AddProfessionPayload(Profession? Profession) : Payload;
