namespace Cpd.Api.Schema.Accreditation;

/// <summary>One node of a requirement tree: exactly one field is set, naming its kind (the shape of the stored JSON).</summary>
public sealed class RequirementInput
{
    /// <summary>Every child must be met.</summary>
    public RequirementGroupInput? AllOf { get; init; }

    /// <summary>One child must be met.</summary>
    public RequirementGroupInput? AnyOf { get; init; }

    /// <summary>At least <c>count</c> children must be met.</summary>
    public AtLeastInput? AtLeast { get; init; }

    /// <summary>Days across a boundary.</summary>
    public CrossBoundaryTimeInput? CrossBoundaryTime { get; init; }

    /// <summary>Distinct boundaries crossed.</summary>
    public DistinctBoundariesInput? DistinctBoundaries { get; init; }

    /// <summary>A count of experiences.</summary>
    public ExperienceCountInput? ExperienceCount { get; init; }

    /// <summary>Learning hours.</summary>
    public LearningHoursInput? LearningHours { get; init; }

    /// <summary>Reflection coverage.</summary>
    public ReflectionCoverageInput? ReflectionCoverage { get; init; }

    /// <summary>Network diversity.</summary>
    public NetworkDiversityInput? NetworkDiversity { get; init; }

    /// <summary>Another accreditation held.</summary>
    public HoldsAccreditationInput? HoldsAccreditation { get; init; }
}
