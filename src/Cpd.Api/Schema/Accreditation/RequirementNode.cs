using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;
using NodaTime;
using Rules = Cpd.Domain.Accreditation.Rules;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>
/// One node of a scheme version's requirement tree (GraphQL output): one object type for every kind, with the parameters
/// of its kind set and the others null, so that a client reads any tree with one recursive fragment.
/// </summary>
[GraphQLDescription("A node of a requirement tree. kind says which; the fields of that kind are set and the others are null (composites: children, and count for AT_LEAST). Same shape as RequirementInput's members.")]
[GraphQLName("Requirement")]
public sealed record RequirementNode
{
    /// <summary>The stable id (leaves always have one).</summary>
    public string? Id { get; init; }

    /// <summary>Which node this is.</summary>
    public RequirementKind Kind { get; init; }

    /// <summary>The authored description.</summary>
    public string? Description { get; init; }

    /// <summary>The children of a composite (empty for leaves).</summary>
    public IReadOnlyList<RequirementNode> Children { get; init; } = [];

    /// <summary>AT_LEAST: how many children must be met.</summary>
    public int? Count { get; init; }

    /// <summary>The boundary crossed (CROSS_BOUNDARY_TIME, DISTINCT_BOUNDARIES; optional for EXPERIENCE_COUNT and LEARNING_HOURS).</summary>
    public Boundary? Boundary { get; init; }

    /// <summary>CROSS_BOUNDARY_TIME: the FTE-days needed.</summary>
    public decimal? MinimumDays { get; init; }

    /// <summary>DISTINCT_BOUNDARIES, EXPERIENCE_COUNT: the number needed.</summary>
    public int? Minimum { get; init; }

    /// <summary>LEARNING_HOURS: the hours needed.</summary>
    public decimal? MinimumHours { get; init; }

    /// <summary>REFLECTION_COVERAGE: the share (0..1) needed.</summary>
    public decimal? MinimumShare { get; init; }

    /// <summary>NETWORK_DIVERSITY: the distinct sectors needed.</summary>
    public int? MinimumSectors { get; init; }

    /// <summary>The window of a leaf that has one.</summary>
    public RequirementWindow? Window { get; init; }

    /// <summary>The experience kinds counted (null = the leaf's default).</summary>
    public IReadOnlyList<ExperienceKind>? Kinds { get; init; }

    /// <summary>The lowest verification level that counts.</summary>
    public VerificationLevel? MinimumVerification { get; init; }

    /// <summary>DISTINCT_BOUNDARIES: the days each must have.</summary>
    public int? MinimumDaysEach { get; init; }

    /// <summary>The learning categories counted (null = all).</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>LEARNING_HOURS: the most hours counted per category.</summary>
    public IReadOnlyList<CategoryCap>? CapPerCategory { get; init; }

    /// <summary>LEARNING_HOURS: the hours needed in every period of the window.</summary>
    public PeriodMinimum? MinimumEachPeriod { get; init; }

    /// <summary>LEARNING_HOURS: the share of hours that must cross <see cref="Boundary"/>.</summary>
    public decimal? CrossBoundaryShare { get; init; }

    /// <summary>HOLDS_ACCREDITATION: the scheme whose current award is needed.</summary>
    public string? SchemeCode { get; init; }

    /// <summary>HOLDS_ACCREDITATION: how long it must have been held.</summary>
    public Period? MinimumPeriod { get; init; }

    /// <summary>The output tree of a domain requirement tree.</summary>
    internal static RequirementNode From(Rules.Requirement node) => node switch
    {
        CompositeRequirement x => Composite(x),
        CrossBoundaryTime x => Leaf(x) with
        {
            Boundary = x.Boundary, MinimumDays = x.MinimumDays, Window = WindowOf(x.Window), Kinds = x.Kinds, MinimumVerification = x.MinimumVerification,
        },
        DistinctBoundaries x => Leaf(x) with { Boundary = x.Boundary, Minimum = x.Minimum, Window = WindowOf(x.Window), Kinds = x.Kinds, MinimumDaysEach = x.MinimumDaysEach },
        ExperienceCount x => Leaf(x) with
        {
            Kinds = x.Kinds, Minimum = x.Minimum, Window = WindowOf(x.Window), Categories = x.Categories, Boundary = x.Boundary, MinimumVerification = x.MinimumVerification,
        },
        LearningHours x => Leaf(x) with
        {
            MinimumHours = x.MinimumHours, Window = WindowOf(x.Window), Categories = x.Categories, CapPerCategory = x.CapPerCategory,
            MinimumEachPeriod = x.MinimumEachPeriod, CrossBoundaryShare = x.CrossBoundaryShare, Boundary = x.Boundary,
        },
        ReflectionCoverage x => Leaf(x) with { MinimumShare = x.MinimumShare, Window = WindowOf(x.Window) },
        NetworkDiversity x => Leaf(x) with { MinimumSectors = x.MinimumSectors },
        HoldsAccreditation x => Leaf(x) with { SchemeCode = x.SchemeCode, MinimumPeriod = x.MinimumPeriod },
        _ => throw new ArgumentException($"Unknown requirement node {node?.GetType().Name}.", nameof(node)),
    };

    private static RequirementNode Composite(CompositeRequirement node) => new()
    {
        Id = node.Id,
        Kind = RequirementKinds.Of(node),
        Description = node.Description,
        Children = [.. node.Of.Select(From)],
        Count = node is AtLeast atLeast ? atLeast.Count : null,
    };

    private static RequirementNode Leaf(Rules.Requirement node) => new() { Id = node.Id, Kind = RequirementKinds.Of(node), Description = node.Description };

    private static RequirementWindow WindowOf(Window window) => new(window.Kind, window.Period);
}
