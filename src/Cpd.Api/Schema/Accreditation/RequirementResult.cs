using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Experiences;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.GraphQL.Types;
using NodaTime;
using DomainResult = Cpd.Domain.Accreditation.Evaluation.RequirementResult;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>
/// The explained outcome of one requirement node (GraphQL output). It reads the domain's result on demand rather than being
/// mapped up front: explanations and excluded evidence are computed by the domain only when a client selects them.
/// </summary>
[GraphQLDescription("The explained outcome of one requirement node: status, measured value against target in the requirement's unit, shortfall, the evidence that counted and what did not, the projection, and a one-sentence explanation.")]
public sealed class RequirementResult
{
    private readonly DomainResult _result;
    private IReadOnlyList<RequirementResult>? _children;

    internal RequirementResult(DomainResult result, long memberId)
    {
        _result = result;
        MemberId = memberId;
    }

    /// <summary>The member evaluated (for resolving evidence).</summary>
    [GraphQLIgnore]
    public long MemberId { get; }

    /// <summary>The domain result.</summary>
    [GraphQLIgnore]
    public DomainResult Result => _result;

    /// <summary>The requirement's id (for a composite without an id, its path such as <c>requirement.allOf[3]</c>).</summary>
    [GraphQLDescription("The requirement's id (for a composite without one, its path such as requirement.allOf[3]).")]
    public string RequirementId => _result.RequirementId;

    /// <summary>The node kind.</summary>
    public RequirementKind Kind => RequirementKinds.Of(_result.Requirement);

    /// <summary>The description (authored, or generated from the parameters).</summary>
    public string Description => _result.Description;

    /// <summary>Met or not on asOf.</summary>
    public RequirementStatus Status => _result.Status;

    /// <summary>Whether it is met on asOf.</summary>
    public bool Met => _result.IsMet;

    /// <summary>The measured value (composites: children met).</summary>
    [GraphQLDescription("The measured value in unit (for composites: the number of children met).")]
    public decimal Measured => _result.Measured;

    /// <summary>The target (composites: children needed).</summary>
    [GraphQLDescription("The target in unit (for composites: the number of children that must be met).")]
    public decimal Target => _result.Target;

    /// <summary>What is missing, in the unit (0 when met).</summary>
    public decimal Shortfall => _result.Shortfall;

    /// <summary>The unit of measured, target and shortfall.</summary>
    public MeasureUnit Unit => _result.Unit;

    /// <summary>The first day of the leaf's window (null for EVER windows and composites).</summary>
    public LocalDate? WindowStart => _result.WindowStart;

    /// <summary>The first date on or after asOf on which it is projected to be met.</summary>
    [GraphQLDescription("The first date on or after asOf on which it is met if ongoing experience continues (null if not within the five-year horizon).")]
    public LocalDate? ProjectedMetOn => _result.ProjectedMetOn;

    /// <summary>The date ranges on which it is projected to hold.</summary>
    [GraphQLDescription("The date ranges within the horizon on which it is projected to hold.")]
    public IReadOnlyList<DateRange> MetDuring => _result.MetDuring is { } spans ? [.. spans.Select(s => new DateRange(s.Start, s.End))] : [];

    /// <summary>For learning hours with a minimum in each period: the hours of each period, newest first.</summary>
    [GraphQLDescription("For learningHours with minimumEachPeriod: the hours of each period, newest first; otherwise empty.")]
    public IReadOnlyList<LearningPeriod> PeriodTotals => [.. _result.PeriodTotals.Select(p => new LearningPeriod(p.Period.Start, p.Period.End, p.Hours, p.Shortfall))];

    /// <summary>For learning hours with a cross-boundary share: the share measured.</summary>
    [GraphQLDescription("For learningHours with crossBoundaryShare: the share of hours that crossed the boundary; otherwise null.")]
    public decimal? CrossBoundaryShare => _result.CrossBoundaryShareMeasured;

    /// <summary>For cross-boundary time: the combined FTE of qualifying experience on asOf, which the projection continues.</summary>
    [GraphQLDescription("For crossBoundaryTime: the combined FTE of qualifying experience on asOf, which the projection continues; otherwise 0.")]
    public decimal CurrentFte => _result.CurrentFte;

    /// <summary>The ids of the experiences that counted.</summary>
    [GraphQLType("[ID!]!")]
    [GraphQLDescription("The global ids of the experiences that counted (evidence gives the experiences themselves).")]
    public IReadOnlyList<string> EvidenceIds => [.. _result.Evidence.Select(id => GlobalId.Format(GraphQLNames.Of<Experience>(), id))];

    /// <summary>A one-sentence explanation in plain English.</summary>
    public string Explanation => _result.Explanation;

    /// <summary>The children of a composite (empty for leaves).</summary>
    public IReadOnlyList<RequirementResult> Children => _children ??= [.. _result.Children.Select(c => new RequirementResult(c, MemberId))];
}
