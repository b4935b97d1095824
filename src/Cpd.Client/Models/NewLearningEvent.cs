namespace Cpd.Client.Models;

/// <summary>A cross-sector learning event to log.</summary>
/// <param name="Title">A short title.</param>
/// <param name="Date">The day.</param>
/// <param name="Hours">The hours of learning, above 0.</param>
/// <param name="Categories">The learning categories it counts towards.</param>
/// <param name="SectorsInvolved">The sectors involved (their codes).</param>
public sealed record NewLearningEvent(string Title, DateOnly Date, decimal Hours, IReadOnlyList<string> Categories, IReadOnlyList<string> SectorsInvolved);
