using NodaTime;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>
/// The outcome of a progression check: one member against one scheme version as of a date — whether eligible, from when and until when
/// (with projection), and the explained result of every requirement node (<see cref="Root"/> and its children).
/// </summary>
public sealed class EligibilityReport
{
    private string? _summary;
    private IReadOnlyList<RequirementResult>? _all;

    internal EligibilityReport(long memberId, SchemeVersion? version, LocalDate asOf, RequirementResult root, LocalDate? eligibleFrom, LocalDate? eligibleUntil, LocalDate? horizonEnd)
    {
        MemberId = memberId;
        Version = version;
        AsOf = asOf;
        Root = root;
        EligibleFrom = eligibleFrom;
        EligibleUntil = eligibleUntil;
        HorizonEnd = horizonEnd;
    }

    /// <summary>Gets the member evaluated.</summary>
    public long MemberId { get; }

    /// <summary>Gets the scheme version evaluated against (null for a plan compiled from a bare requirement).</summary>
    public SchemeVersion? Version { get; }

    /// <summary>Gets the scheme's id (0 without a version).</summary>
    public long SchemeId => Version?.SchemeId ?? 0;

    /// <summary>Gets the version number (0 without a version).</summary>
    public int VersionNumber => Version?.Number ?? 0;

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets a value indicating whether every requirement is met on <see cref="AsOf"/>.</summary>
    public bool Eligible => Root.IsMet;

    /// <summary>
    /// Gets the first date on or after <see cref="AsOf"/> on which the member is eligible: <see cref="AsOf"/> when eligible; with projection, the first
    /// projected date within the horizon; otherwise null.
    /// </summary>
    public LocalDate? EligibleFrom { get; }

    /// <summary>
    /// Gets, for an eligible member with projection, the last day of the run of eligible days containing <see cref="AsOf"/> (when it equals
    /// <see cref="HorizonEnd"/>, eligibility lasts at least that long); otherwise null.
    /// </summary>
    public LocalDate? EligibleUntil { get; }

    /// <summary>Gets the last projected day, or null without projection.</summary>
    public LocalDate? HorizonEnd { get; }

    /// <summary>Gets the result of the root requirement.</summary>
    public RequirementResult Root { get; }

    /// <summary>Gets every requirement result in pre-order (root first).</summary>
    public IReadOnlyList<RequirementResult> Requirements => _all ??= Flatten();

    /// <summary>Gets a one-line summary, built on first use.</summary>
    public string Summary => _summary ??= BuildSummary();

    /// <summary>Finds the result of the requirement with the id.</summary>
    /// <param name="requirementId">A requirement id.</param>
    /// <returns>The result, or null.</returns>
    public RequirementResult? Find(string requirementId)
    {
        foreach (var r in Requirements)
        {
            if (string.Equals(r.RequirementId, requirementId, StringComparison.Ordinal))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Returns what an application keeps of this report.</summary>
    /// <returns>The snapshot.</returns>
    public EligibilitySnapshot ToSnapshot() => new(SchemeId, VersionNumber, AsOf, Eligible, Summary);

    private List<RequirementResult> Flatten()
    {
        var list = new List<RequirementResult>();
        var stack = new Stack<RequirementResult>();
        stack.Push(Root);
        while (stack.Count > 0)
        {
            var r = stack.Pop();
            list.Add(r);
            for (var i = r.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(r.Children[i]);
            }
        }

        return list;
    }

    /// <summary>The unmet leaves that keep the member from eligibility: below an unmet composite, only its unmet children matter.</summary>
    private static void CollectUnmet(RequirementResult node, List<string> into)
    {
        if (node.IsMet)
        {
            return;
        }

        if (node.Children.Count == 0)
        {
            into.Add(node.RequirementId);
            return;
        }

        foreach (var c in node.Children)
        {
            CollectUnmet(c, into);
        }
    }

    private string BuildSummary()
    {
        var scheme = Version is null ? "the requirement" : $"{Version.SchemeName} (version {Version.Number})";
        if (Eligible)
        {
            var until = EligibleUntil is { } u
                ? HorizonEnd == u ? $" and stays so at least until {DateText.Plain(u)}" : $" until {DateText.Plain(u)}"
                : string.Empty;
            return $"Eligible for {scheme} on {DateText.Plain(AsOf)}{until}.";
        }

        var missing = new List<string>();
        CollectUnmet(Root, missing);
        var from = EligibleFrom is { } f ? $"; on current plans eligible from {DateText.Plain(f)}" : string.Empty;
        return $"Not yet eligible for {scheme} on {DateText.Plain(AsOf)}: {missing.Count} requirement(s) not met ({string.Join(", ", missing)}){from}.";
    }
}
