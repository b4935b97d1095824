namespace Cpd.Client.Models;

/// <summary>
/// A professional with a career record, as the caller may see it (an HR system sees only its own employments and the
/// experiences that overlap them).
/// </summary>
/// <param name="Id">The global id.</param>
/// <param name="DisplayName">The name.</param>
/// <param name="Version">Increases with every change.</param>
/// <param name="Employments">The employments the caller may see, oldest first.</param>
/// <param name="Experiences">The experiences the caller may see, oldest first (withdrawn ones left out).</param>
public sealed record Member(string Id, string DisplayName, int Version, IReadOnlyList<Employment> Employments, IReadOnlyList<Experience> Experiences);
