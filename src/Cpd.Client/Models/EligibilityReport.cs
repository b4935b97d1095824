namespace Cpd.Client.Models;

/// <summary>A member checked against a scheme version as of a date: eligible or not, from and until when, and why.</summary>
/// <param name="Member">The member checked.</param>
/// <param name="SchemeId">The scheme's global id.</param>
/// <param name="SchemeVersion">The number of the version checked against (the one in force on <paramref name="AsOf"/>).</param>
/// <param name="AsOf">The date of the check.</param>
/// <param name="Eligible">Whether every requirement is met on <paramref name="AsOf"/>.</param>
/// <param name="EligibleFrom"><paramref name="AsOf"/> when eligible; otherwise the first date within five years on which the member becomes eligible if ongoing experience continues, or <c>null</c>.</param>
/// <param name="EligibleUntil">For an eligible member, the last day they stay eligible as things stand; <c>null</c> when not eligible.</param>
/// <param name="HorizonEnd">The last day of the projection (five years on).</param>
/// <param name="Summary">A sentence summing up.</param>
/// <param name="Requirement">The root requirement's result, its parts nested in <see cref="RequirementResult.Children"/>.</param>
public sealed record EligibilityReport(
    MemberSummary Member,
    string SchemeId,
    int SchemeVersion,
    DateOnly AsOf,
    bool Eligible,
    DateOnly? EligibleFrom,
    DateOnly? EligibleUntil,
    DateOnly? HorizonEnd,
    string Summary,
    RequirementResult Requirement);
