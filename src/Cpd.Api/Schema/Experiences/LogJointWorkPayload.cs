using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The result of <c>logJointWork</c>.</summary>
/// <param name="Experience">The experience logged; null when rejected.</param>
public sealed record LogJointWorkPayload(Experience? Experience) : Payload;
