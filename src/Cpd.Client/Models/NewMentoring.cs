namespace Cpd.Client.Models;

/// <summary>Mentoring to log, given or received, with a counterpart from another sector or profession.</summary>
/// <param name="Title">A short title.</param>
/// <param name="Role">Whether the member mentored or was mentored.</param>
/// <param name="CounterpartName">The other person's name.</param>
/// <param name="CounterpartSectorCode">The other person's sector (its code).</param>
/// <param name="Start">The first day.</param>
/// <param name="Fte">Full-time equivalent spent on it, above 0 and at most 1.</param>
public sealed record NewMentoring(string Title, MentoringRole Role, string CounterpartName, string CounterpartSectorCode, DateOnly Start, decimal Fte)
{
    /// <summary>The last day (inclusive); <c>null</c> while it continues.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The other person's profession (its code), if known.</summary>
    public string? CounterpartProfessionCode { get; init; }
}
