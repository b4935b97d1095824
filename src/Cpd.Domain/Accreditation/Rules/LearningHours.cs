using Cpd.Domain.Experiences;

namespace Cpd.Domain.Accreditation.Rules;

/// <summary>
/// Learning hours from <see cref="ExperienceKind.LearningEvent"/> and <see cref="ExperienceKind.CpdActivity"/> records in the window (unit hours).
/// A record's hours go to its first category that counts; <see cref="Categories"/> keeps only some categories; <see cref="CapPerCategory"/>
/// counts a category up to a cap; <see cref="MinimumEachPeriod"/> needs so many (uncapped) hours in every period counted back from the
/// evaluation date; <see cref="CrossBoundaryShare"/> needs that share of the (uncapped) hours to come from records crossing <see cref="Boundary"/>.
/// </summary>
public sealed record LearningHours : Requirement
{
    /// <summary>Gets the hours needed (more than 0).</summary>
    public required decimal MinimumHours { get; init; }

    /// <summary>Gets the window.</summary>
    public required Window Window { get; init; }

    /// <summary>Gets the categories that count; <see langword="null"/> or empty means all.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Gets the caps by category; <see langword="null"/> or empty means none.</summary>
    public IReadOnlyList<CategoryCap>? CapPerCategory { get; init; }

    /// <summary>Gets the minimum in every period of the window, or <see langword="null"/>. Needs a rolling window.</summary>
    public PeriodMinimum? MinimumEachPeriod { get; init; }

    /// <summary>Gets the share (0..1) of hours that must cross <see cref="Boundary"/>, or <see langword="null"/>.</summary>
    public decimal? CrossBoundaryShare { get; init; }

    /// <summary>Gets the boundary for <see cref="CrossBoundaryShare"/> (required with it).</summary>
    public Boundary? Boundary { get; init; }

    /// <inheritdoc />
    public override string NodeName => "learningHours";
}
