using Cpd.Api.Schema.Members;
using Cpd.GraphQL.Types;
using NodaTime;
using DomainReport = Cpd.Domain.Accreditation.Evaluation.EligibilityReport;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>
/// A progression check's outcome (GraphQL output): one member against one scheme version as of a date. Like
/// <see cref="RequirementResult"/> it reads the domain's report on demand.
/// </summary>
[GraphQLDescription("A progression check: one member against one scheme version as of a date — whether eligible, from when and until when (projecting ongoing experience over five years), and the explained result of every requirement.")]
public sealed class EligibilityReport
{
    private readonly DomainReport _report;
    private RequirementResult? _root;
    private IReadOnlyList<RequirementResult>? _all;

    internal EligibilityReport(DomainReport report, Scheme scheme, SchemeVersion schemeVersion, Member? member)
    {
        _report = report;
        Scheme = scheme;
        SchemeVersion = schemeVersion;
        KnownMember = member;
    }

    /// <summary>The member evaluated.</summary>
    [GraphQLIgnore]
    public long MemberId => _report.MemberId;

    /// <summary>The member's output when already loaded (the batch view), otherwise null and resolved on demand.</summary>
    [GraphQLIgnore]
    public Member? KnownMember { get; }

    /// <summary>The domain report.</summary>
    [GraphQLIgnore]
    public DomainReport Report => _report;

    /// <summary>The scheme.</summary>
    public Scheme Scheme { get; }

    /// <summary>The version evaluated against.</summary>
    public SchemeVersion SchemeVersion { get; }

    /// <summary>The evaluation date.</summary>
    public LocalDate AsOf => _report.AsOf;

    /// <summary>Whether every requirement is met on asOf.</summary>
    public bool Eligible => _report.Eligible;

    /// <summary>The first date on or after asOf on which the member is eligible.</summary>
    [GraphQLDescription("asOf when eligible; otherwise the first date within the five-year horizon on which the member becomes eligible if ongoing experience continues as recorded; null if none.")]
    public LocalDate? EligibleFrom => _report.EligibleFrom;

    /// <summary>For an eligible member, the last day of the eligible run containing asOf.</summary>
    [GraphQLDescription("For an eligible member, the last day of the run of eligible days containing asOf (rolling windows make old experience drop out); equal to horizonEnd when eligibility lasts at least that long; null when not eligible.")]
    public LocalDate? EligibleUntil => _report.EligibleUntil;

    /// <summary>The last projected day.</summary>
    [GraphQLDescription("The last day of the projection (asOf + 5 years).")]
    public LocalDate? HorizonEnd => _report.HorizonEnd;

    /// <summary>A one-line summary.</summary>
    public string Summary => _report.Summary;

    /// <summary>The result of the root requirement (with its children).</summary>
    [GraphQLDescription("The result of the root requirement; its children nest below it.")]
    public RequirementResult Requirement => _root ??= new RequirementResult(_report.Root, MemberId);

    /// <summary>Every requirement result in pre-order (root first).</summary>
    [GraphQLDescription("Every requirement result, root first, in pre-order (a flat list of the tree that requirement nests).")]
    public IReadOnlyList<RequirementResult> Requirements => _all ??= [.. _report.Requirements.Select(r => new RequirementResult(r, MemberId))];
}
