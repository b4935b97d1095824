using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The result of <c>withdrawExperience</c>.</summary>
/// <param name="Experience">The experience, withdrawn; null when rejected.</param>
public sealed record WithdrawExperiencePayload(Experience? Experience) : Payload;
