using System.Text;
using System.Text.RegularExpressions;
using Cpd.Api.Schema.Common;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>
/// Builds the domain's requirement tree from a <see cref="RequirementInput"/> (explicitly, so that the domain's validator
/// judges it) and turns the validator's paths (<c>requirement.allOf[2].minimumDays</c>) into paths into the input
/// (<c>requirement.allOf.of.2.crossBoundaryTime.minimumDays</c>).
/// </summary>
internal static partial class RequirementInputConverter
{
    /// <summary>The tree, with user errors for texts that are not windows or periods (paths into the input).</summary>
    public static Requirement ToDomain(RequirementInput? input, string path, List<UserError> errors)
    {
        if (input is null)
        {
            // A missing node is the validator's to report (RULE_FIELD_MISSING); an empty group stands in.
            return new AllOf();
        }

        Requirement node = input switch
        {
            { AllOf: { } g } => new AllOf { Of = Children(g.Of, $"{path}.allOf", errors) },
            { AnyOf: { } g } => new AnyOf { Of = Children(g.Of, $"{path}.anyOf", errors) },
            { AtLeast: { } a } => new AtLeast { Count = a.Count, Of = Children(a.Of, $"{path}.atLeast", errors) },
            { CrossBoundaryTime: { } t } => new CrossBoundaryTime
            {
                Boundary = t.Boundary,
                MinimumDays = t.MinimumDays,
                Window = ParseWindow(t.Window, $"{path}.crossBoundaryTime.window", errors),
                Kinds = t.Kinds,
                MinimumVerification = t.MinimumVerification ?? VerificationLevel.SelfDeclared,
            },
            { DistinctBoundaries: { } d } => new DistinctBoundaries
            {
                Boundary = d.Boundary,
                Minimum = d.Minimum,
                Window = ParseWindow(d.Window, $"{path}.distinctBoundaries.window", errors),
                Kinds = d.Kinds,
                MinimumDaysEach = d.MinimumDaysEach ?? 1,
            },
            { ExperienceCount: { } c } => new ExperienceCount
            {
                Kinds = c.Kinds,
                Minimum = c.Minimum,
                Window = ParseWindow(c.Window, $"{path}.experienceCount.window", errors),
                Categories = c.Categories,
                Boundary = c.Boundary,
                MinimumVerification = c.MinimumVerification ?? VerificationLevel.SelfDeclared,
            },
            { LearningHours: { } h } => new LearningHours
            {
                MinimumHours = h.MinimumHours,
                Window = ParseWindow(h.Window, $"{path}.learningHours.window", errors),
                Categories = h.Categories,
                CapPerCategory = h.CapPerCategory?.Select(c => new CategoryCap(c.Category, c.MaximumHours)).ToList(),
                MinimumEachPeriod = h.MinimumEachPeriod is { } each
                    ? new PeriodMinimum(each.MinimumHours, ParsePeriod(each.Period, $"{path}.learningHours.minimumEachPeriod.period", errors) ?? Period.Zero)
                    : null,
                CrossBoundaryShare = h.CrossBoundaryShare,
                Boundary = h.Boundary,
            },
            { ReflectionCoverage: { } r } => new ReflectionCoverage { MinimumShare = r.MinimumShare, Window = ParseWindow(r.Window, $"{path}.reflectionCoverage.window", errors) },
            { NetworkDiversity: { } n } => new NetworkDiversity { MinimumSectors = n.MinimumSectors },
            { HoldsAccreditation: { } a } => new HoldsAccreditation
            {
                SchemeCode = a.SchemeCode,
                MinimumPeriod = a.MinimumPeriod is null ? null : ParsePeriod(a.MinimumPeriod, $"{path}.holdsAccreditation.minimumPeriod", errors),
            },
            _ => new AllOf(),
        };
        var (id, description) = Naming(input);
        return node with { Id = id, Description = description };
    }

    /// <summary>The path into the input of a validator path under <paramref name="root"/>; other paths are returned unchanged.</summary>
    public static string InputPath(Requirement root, string domainPath)
    {
        const string Root = "requirement";
        if (!domainPath.StartsWith(Root, StringComparison.Ordinal))
        {
            return domainPath;
        }

        var path = new StringBuilder(Root).Append('.').Append(root.NodeName);
        Requirement? node = root;
        foreach (var segment in domainPath[Root.Length..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (node is CompositeRequirement composite && ChildSegment().Match(segment) is { Success: true } child
                && int.TryParse(child.Groups[2].Value, out var index) && index < composite.Of.Count)
            {
                node = composite.Of[index];
                path.Append(".of.").Append(index).Append('.').Append(node.NodeName);
            }
            else
            {
                node = null;
                path.Append('.').Append(IndexSegment().Replace(segment, ".$1"));
            }
        }

        return path.ToString();
    }

    private static List<Requirement> Children(IReadOnlyList<RequirementInput>? of, string path, List<UserError> errors) =>
        of is null ? [] : [.. of.Select((child, i) => ToDomain(child, $"{path}.of.{i}", errors))];

    private static (string? Id, string? Description) Naming(RequirementInput input) => input switch
    {
        { AllOf: { } g } => (g.Id, g.Description),
        { AnyOf: { } g } => (g.Id, g.Description),
        { AtLeast: { } a } => (a.Id, a.Description),
        { CrossBoundaryTime: { } t } => (t.Id, t.Description),
        { DistinctBoundaries: { } d } => (d.Id, d.Description),
        { ExperienceCount: { } c } => (c.Id, c.Description),
        { LearningHours: { } h } => (h.Id, h.Description),
        { ReflectionCoverage: { } r } => (r.Id, r.Description),
        { NetworkDiversity: { } n } => (n.Id, n.Description),
        { HoldsAccreditation: { } a } => (a.Id, a.Description),
        _ => (null, null),
    };

    private static Window ParseWindow(string text, string path, List<UserError> errors) =>
        text == "EVER" ? Window.Ever : Window.Rolling(ParsePeriod(text, path, errors) ?? Period.Zero);

    private static Period? ParsePeriod(string text, string path, List<UserError> errors)
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(UserError.At(RuleErrors.BadPeriod, path, $"'{text}' is not EVER or an ISO-8601 period such as P5Y."));
        return null;
    }

    [GeneratedRegex(@"^(allOf|anyOf|atLeast)\[(\d+)\]$")]
    private static partial Regex ChildSegment();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex IndexSegment();
}
