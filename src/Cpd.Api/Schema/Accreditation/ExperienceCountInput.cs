using Cpd.Domain.Experiences;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>A number of experiences of some kinds within a window.</summary>
public sealed class ExperienceCountInput
{
    /// <summary>The requirement's id (unique in the tree; results refer to it).</summary>
    public string? Id { get; init; }

    /// <summary>What the requirement asks for, in words.</summary>
    public string? Description { get; init; }

    /// <summary>The experience kinds counted.</summary>
    public IReadOnlyList<ExperienceKind> Kinds { get; init; } = [];

    /// <summary>How many are required.</summary>
    public int Minimum { get; init; }

    /// <summary>The window: <c>EVER</c> or an ISO-8601 period such as <c>P5Y</c>.</summary>
    public string Window { get; init; } = string.Empty;

    /// <summary>The categories that count (any when absent).</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>A boundary each experience must cross.</summary>
    public Boundary? Boundary { get; init; }

    /// <summary>The least verification an experience needs to count.</summary>
    public VerificationLevel? MinimumVerification { get; init; }
}
