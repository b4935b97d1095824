namespace Cpd.Api.Schema.Accreditation;

/// <summary>The share of experiences with a reflection, within a window.</summary>
public sealed class ReflectionCoverageInput
{
    /// <summary>The requirement's id (unique in the tree; results refer to it).</summary>
    public string? Id { get; init; }

    /// <summary>What the requirement asks for, in words.</summary>
    public string? Description { get; init; }

    /// <summary>The share required, from 0 to 1.</summary>
    public decimal MinimumShare { get; init; }

    /// <summary>The window: <c>EVER</c> or an ISO-8601 period such as <c>P5Y</c>.</summary>
    public string Window { get; init; } = string.Empty;

}
