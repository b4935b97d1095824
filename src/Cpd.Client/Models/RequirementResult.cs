namespace Cpd.Client.Models;

/// <summary>How one requirement of a scheme stands for a member, explained; a composite's parts are its <see cref="Children"/>.</summary>
/// <param name="RequirementId">The requirement's id in the scheme (for a composite without one, its path).</param>
/// <param name="Kind">What the requirement tests.</param>
/// <param name="Description">What it asks, in words.</param>
/// <param name="Status">Met or not, as of the date checked.</param>
/// <param name="Measured">What the member has, in <paramref name="Unit"/> (for a composite: the parts met).</param>
/// <param name="Target">What the requirement asks for, in <paramref name="Unit"/> (for a composite: the parts that must be met).</param>
/// <param name="Shortfall">How much is missing, in <paramref name="Unit"/>; 0 when met.</param>
/// <param name="Unit">The unit of <paramref name="Measured"/>, <paramref name="Target"/> and <paramref name="Shortfall"/>.</param>
/// <param name="WindowStart">The first day of the window it looks at, if it has one.</param>
/// <param name="ProjectedMetOn">The first date on or after the check on which it is met if ongoing experience continues; <c>null</c> if not within five years.</param>
/// <param name="EvidenceIds">The global ids of the experiences that counted.</param>
/// <param name="Explanation">One sentence in plain English.</param>
/// <param name="Children">The parts of a composite (all of, any of, at least); empty otherwise.</param>
public sealed record RequirementResult(
    string RequirementId,
    RequirementKind Kind,
    string Description,
    RequirementStatus Status,
    decimal Measured,
    decimal Target,
    decimal Shortfall,
    MeasureUnit Unit,
    DateOnly? WindowStart,
    DateOnly? ProjectedMetOn,
    IReadOnlyList<string> EvidenceIds,
    string Explanation,
    IReadOnlyList<RequirementResult> Children);
