using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The result of <c>updateExperience</c>.</summary>
/// <param name="Experience">The experience as changed; null when rejected.</param>
public sealed record UpdateExperiencePayload(Experience? Experience) : Payload;
