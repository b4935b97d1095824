using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The result of <c>logSecondment</c>.</summary>
/// <param name="Experience">The experience logged; null when rejected.</param>
public sealed record LogSecondmentPayload(Experience? Experience) : Payload;
