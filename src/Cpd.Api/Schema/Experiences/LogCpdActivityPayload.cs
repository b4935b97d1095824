using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The result of <c>logCpdActivity</c>.</summary>
/// <param name="Experience">The experience logged; null when rejected.</param>
public sealed record LogCpdActivityPayload(Experience? Experience) : Payload;
