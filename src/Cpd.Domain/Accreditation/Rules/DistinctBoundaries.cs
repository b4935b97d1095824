using Cpd.Domain.Experiences;

namespace Cpd.Domain.Accreditation.Rules;

/// <summary>
/// The number of distinct sectors / organisations / professions / places, other than home on the day, experienced in the window (unit count).
/// A value counts when experiences crossing into it cover at least <see cref="MinimumDaysEach"/> calendar days of the window.
/// </summary>
public sealed record DistinctBoundaries : Requirement
{
    /// <summary>Gets the dimension counted.</summary>
    public required Boundary Boundary { get; init; }

    /// <summary>Gets the number of distinct values needed (more than 0).</summary>
    public required int Minimum { get; init; }

    /// <summary>Gets the window.</summary>
    public required Window Window { get; init; }

    /// <summary>Gets the kinds that count; <see langword="null"/> or empty means every kind.</summary>
    public IReadOnlyList<ExperienceKind>? Kinds { get; init; }

    /// <summary>Gets the calendar days each value must be experienced on to count (default 1).</summary>
    public int MinimumDaysEach { get; init; } = 1;

    /// <inheritdoc />
    public override string NodeName => "distinctBoundaries";
}
