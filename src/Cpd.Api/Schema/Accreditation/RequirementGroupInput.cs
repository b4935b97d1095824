namespace Cpd.Api.Schema.Accreditation;

/// <summary>All or any of several requirements (`allOf`, `anyOf`).</summary>
public sealed class RequirementGroupInput
{
    /// <summary>The requirement's id (unique in the tree; results refer to it).</summary>
    public string? Id { get; init; }

    /// <summary>What the requirement asks for, in words.</summary>
    public string? Description { get; init; }

    /// <summary>The requirements grouped.</summary>
    public IReadOnlyList<RequirementInput> Of { get; init; } = [];
}
