using Cpd.Domain.Accreditation.Rules;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>The kind of a requirement node: a composite or one of the rule language's leaves.</summary>
public enum RequirementKind
{
    /// <summary>Every child must be met.</summary>
    AllOf = 1,

    /// <summary>At least one child must be met.</summary>
    AnyOf = 2,

    /// <summary>At least <c>count</c> children must be met.</summary>
    AtLeast = 3,

    /// <summary>FTE-weighted days of period experience crossing a boundary.</summary>
    CrossBoundaryTime = 4,

    /// <summary>Distinct sectors, organisations, professions or places other than home.</summary>
    DistinctBoundaries = 5,

    /// <summary>Qualifying experiences of some kinds.</summary>
    ExperienceCount = 6,

    /// <summary>Learning hours.</summary>
    LearningHours = 7,

    /// <summary>Share of cross-boundary experiences with a reflection on what did not work.</summary>
    ReflectionCoverage = 8,

    /// <summary>Distinct sectors among the member's connections.</summary>
    NetworkDiversity = 9,

    /// <summary>Holds a current award of another scheme.</summary>
    HoldsAccreditation = 10,
}

/// <summary>The kind of a domain requirement node.</summary>
internal static class RequirementKinds
{
    public static RequirementKind Of(Requirement requirement) => requirement switch
    {
        AllOf => RequirementKind.AllOf,
        AnyOf => RequirementKind.AnyOf,
        AtLeast => RequirementKind.AtLeast,
        CrossBoundaryTime => RequirementKind.CrossBoundaryTime,
        DistinctBoundaries => RequirementKind.DistinctBoundaries,
        ExperienceCount => RequirementKind.ExperienceCount,
        LearningHours => RequirementKind.LearningHours,
        ReflectionCoverage => RequirementKind.ReflectionCoverage,
        NetworkDiversity => RequirementKind.NetworkDiversity,
        HoldsAccreditation => RequirementKind.HoldsAccreditation,
        _ => throw new ArgumentException($"Unknown requirement node {requirement?.GetType().Name}.", nameof(requirement)),
    };
}
