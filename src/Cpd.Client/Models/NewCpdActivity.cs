namespace Cpd.Client.Models;

/// <summary>Other learning to log.</summary>
/// <param name="Title">A short title.</param>
/// <param name="Date">The day.</param>
/// <param name="Hours">The hours of learning, above 0.</param>
/// <param name="Categories">The learning categories it counts towards.</param>
public sealed record NewCpdActivity(string Title, DateOnly Date, decimal Hours, IReadOnlyList<string> Categories);
