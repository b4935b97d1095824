using Cpd.Domain.Experiences;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>Days spent across a boundary within a window.</summary>
public sealed class CrossBoundaryTimeInput
{
    /// <summary>The requirement's id (unique in the tree; results refer to it).</summary>
    public string? Id { get; init; }

    /// <summary>What the requirement asks for, in words.</summary>
    public string? Description { get; init; }

    /// <summary>The boundary crossed.</summary>
    public Boundary Boundary { get; init; }

    /// <summary>The days required.</summary>
    public decimal MinimumDays { get; init; }

    /// <summary>The window: <c>EVER</c> or an ISO-8601 period such as <c>P5Y</c>.</summary>
    public string Window { get; init; } = string.Empty;

    /// <summary>The experience kinds that count (all period-like kinds when absent).</summary>
    public IReadOnlyList<ExperienceKind>? Kinds { get; init; }

    /// <summary>The least verification an experience needs to count.</summary>
    public VerificationLevel? MinimumVerification { get; init; }
}
