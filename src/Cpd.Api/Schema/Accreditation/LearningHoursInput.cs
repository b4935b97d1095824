using Cpd.Domain.Experiences;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>Learning hours within a window, optionally capped per category.</summary>
public sealed class LearningHoursInput
{
    /// <summary>The requirement's id (unique in the tree; results refer to it).</summary>
    public string? Id { get; init; }

    /// <summary>What the requirement asks for, in words.</summary>
    public string? Description { get; init; }

    /// <summary>The hours required.</summary>
    public decimal MinimumHours { get; init; }

    /// <summary>The window: <c>EVER</c> or an ISO-8601 period such as <c>P5Y</c>.</summary>
    public string Window { get; init; } = string.Empty;

    /// <summary>The categories that count (any when absent).</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Caps on the hours one category contributes.</summary>
    public IReadOnlyList<CategoryCapInput>? CapPerCategory { get; init; }

    /// <summary>A minimum in every period of the window.</summary>
    public PeriodMinimumInput? MinimumEachPeriod { get; init; }

    /// <summary>The share of hours that must cross <see cref="Boundary"/>.</summary>
    public decimal? CrossBoundaryShare { get; init; }

    /// <summary>The boundary of <see cref="CrossBoundaryShare"/>.</summary>
    public Boundary? Boundary { get; init; }
}
