using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>What a requirement of a scheme tests (GraphQL <c>RequirementKind</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<RequirementKind>))]
public enum RequirementKind
{
    /// <summary>Every part must be met.</summary>
    AllOf,

    /// <summary>At least one part must be met.</summary>
    AnyOf,

    /// <summary>A number of the parts must be met.</summary>
    AtLeast,

    /// <summary>FTE-weighted days across a boundary within a window.</summary>
    CrossBoundaryTime,

    /// <summary>Distinct sectors, organisations, professions or places crossed into.</summary>
    DistinctBoundaries,

    /// <summary>A number of experiences of some kinds.</summary>
    ExperienceCount,

    /// <summary>Hours of learning.</summary>
    LearningHours,

    /// <summary>The share of experiences with a reflection.</summary>
    ReflectionCoverage,

    /// <summary>Sectors among the member's connections.</summary>
    NetworkDiversity,

    /// <summary>Holding another accreditation.</summary>
    HoldsAccreditation,
}
