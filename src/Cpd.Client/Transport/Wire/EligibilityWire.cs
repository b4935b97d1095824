using Cpd.Client.Models;

namespace Cpd.Client.Transport.Wire;

internal sealed record ProgressionCheckVariables(string MemberId, string SchemeId, DateOnly? AsOf);

internal sealed record EligibilityVariables(int First, string? After, string SchemeId, DateOnly? AsOf, EligibilityFilterInput? Where);

internal sealed record EligibilityFilterInput(bool? Eligible);

internal sealed class ProgressionCheckData
{
    public EligibilityReportWire? ProgressionCheck { get; set; }
}

internal sealed class EligibilityData
{
    public ConnectionWire<EligibilityReportWire>? Eligibility { get; set; }
}

/// <summary>A report as selected: the scheme and version as objects, and the requirement tree as its pre-order list.</summary>
internal sealed class EligibilityReportWire
{
    public MemberSummary? Member { get; set; }

    public IdWire? Scheme { get; set; }

    public SchemeVersionNumberWire? SchemeVersion { get; set; }

    public DateOnly AsOf { get; set; }

    public bool Eligible { get; set; }

    public DateOnly? EligibleFrom { get; set; }

    public DateOnly? EligibleUntil { get; set; }

    public DateOnly? HorizonEnd { get; set; }

    public string Summary { get; set; } = string.Empty;

    public List<RequirementResultWire>? Requirements { get; set; }

    /// <summary>The report, its tree rebuilt from the pre-order list (each entry says how many children it has); null when the list does not make one tree.</summary>
    public EligibilityReport? ToReport()
    {
        if (Member is null || Scheme is null || SchemeVersion is null || Requirements is not { Count: > 0 } list)
        {
            return null;
        }

        var next = 0;
        var root = Build(list, ref next);
        return root is null || next != list.Count
            ? null
            : new EligibilityReport(Member, Scheme.Id, SchemeVersion.Number, AsOf, Eligible, EligibleFrom, EligibleUntil, HorizonEnd, Summary, root);
    }

    private static RequirementResult? Build(List<RequirementResultWire> list, ref int next)
    {
        if (next >= list.Count)
        {
            return null;
        }

        var wire = list[next++];
        var children = new List<RequirementResult>(wire.Children?.Count ?? 0);
        for (var i = 0; i < (wire.Children?.Count ?? 0); i++)
        {
            if (Build(list, ref next) is not { } child)
            {
                return null;
            }

            children.Add(child);
        }

        return new RequirementResult(
            wire.RequirementId, wire.Kind, wire.Description, wire.Status, wire.Measured, wire.Target, wire.Shortfall, wire.Unit,
            wire.WindowStart, wire.ProjectedMetOn, wire.EvidenceIds ?? [], wire.Explanation, children);
    }
}

internal sealed class RequirementResultWire
{
    public string RequirementId { get; set; } = string.Empty;

    public RequirementKind Kind { get; set; }

    public string Description { get; set; } = string.Empty;

    public RequirementStatus Status { get; set; }

    public decimal Measured { get; set; }

    public decimal Target { get; set; }

    public decimal Shortfall { get; set; }

    public MeasureUnit Unit { get; set; }

    public DateOnly? WindowStart { get; set; }

    public DateOnly? ProjectedMetOn { get; set; }

    public List<string>? EvidenceIds { get; set; }

    public string Explanation { get; set; } = string.Empty;

    /// <summary>Only counted: the children are the entries that follow in the pre-order list.</summary>
    public List<IdWire>? Children { get; set; }
}

internal sealed class IdWire
{
    public string Id { get; set; } = string.Empty;
}

internal sealed class SchemeVersionNumberWire
{
    public int Number { get; set; }
}
