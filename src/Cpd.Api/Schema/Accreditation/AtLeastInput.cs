namespace Cpd.Api.Schema.Accreditation;

/// <summary>At least `count` of several requirements.</summary>
public sealed class AtLeastInput
{
    /// <summary>The requirement's id (unique in the tree; results refer to it).</summary>
    public string? Id { get; init; }

    /// <summary>What the requirement asks for, in words.</summary>
    public string? Description { get; init; }

    /// <summary>How many of the requirements must be met.</summary>
    public int Count { get; init; }

    /// <summary>The requirements.</summary>
    public IReadOnlyList<RequirementInput> Of { get; init; } = [];
}
