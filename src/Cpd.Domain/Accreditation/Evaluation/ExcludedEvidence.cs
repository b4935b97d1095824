namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>An experience that did not count (or not fully), why, and what it would add in the requirement's unit if it did.</summary>
/// <param name="ExperienceId">The experience.</param>
/// <param name="Reason">Why it did not count.</param>
/// <param name="WouldAdd">What it would add to the measured value, in the requirement's unit (0 when not meaningful).</param>
/// <param name="Days">For <see cref="ExclusionReason.NoHomeThatDay"/>, the days in the window without home; otherwise 0.</param>
public readonly record struct ExcludedEvidence(long ExperienceId, ExclusionReason Reason, decimal WouldAdd, int Days);
