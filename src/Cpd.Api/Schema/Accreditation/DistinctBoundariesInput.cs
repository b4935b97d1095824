using Cpd.Domain.Experiences;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>Distinct places, organisations or sectors worked across within a window.</summary>
public sealed class DistinctBoundariesInput
{
    /// <summary>The requirement's id (unique in the tree; results refer to it).</summary>
    public string? Id { get; init; }

    /// <summary>What the requirement asks for, in words.</summary>
    public string? Description { get; init; }

    /// <summary>The boundary counted.</summary>
    public Boundary Boundary { get; init; }

    /// <summary>How many distinct values are required.</summary>
    public int Minimum { get; init; }

    /// <summary>The window: <c>EVER</c> or an ISO-8601 period such as <c>P5Y</c>.</summary>
    public string Window { get; init; } = string.Empty;

    /// <summary>The experience kinds that count.</summary>
    public IReadOnlyList<ExperienceKind>? Kinds { get; init; }

    /// <summary>The days each value needs to count (1 when absent).</summary>
    public int? MinimumDaysEach { get; init; }
}
