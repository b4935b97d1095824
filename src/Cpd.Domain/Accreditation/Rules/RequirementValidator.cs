using Cpd.Domain.Experiences;
using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Accreditation.Rules;

/// <summary>
/// Checks an authored requirement tree and returns every problem as a field-level <see cref="DomainError"/> with a stable code
/// (<see cref="RuleErrors"/>) and a path such as <c>requirement.allOf[2].minimumDays</c>. It never throws for a bad tree.
/// </summary>
/// <remarks>
/// Paths: the root is <c>requirement</c>; the i-th child of a composite is <c>{path}.{allOf|anyOf|atLeast}[i]</c>; a field is <c>{path}.{field}</c>.
/// </remarks>
public static class RequirementValidator
{
    /// <summary>The deepest tree accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>The largest target accepted for days, hours and counts.</summary>
    public const decimal MaxTarget = 100_000m;

    /// <summary>Validates a requirement tree.</summary>
    /// <param name="requirement">The root, possibly <see langword="null"/> (reported as missing).</param>
    /// <param name="taxonomy">The taxonomy that learning categories must belong to.</param>
    /// <param name="isKnownScheme">Tells whether a scheme code exists, for <see cref="HoldsAccreditation"/>; <see langword="null"/> accepts any well-formed code.</param>
    /// <param name="path">The path of the root (default <c>requirement</c>).</param>
    /// <returns>The errors; empty when the tree is valid.</returns>
    public static IReadOnlyList<DomainError> Validate(Requirement? requirement, CareerTaxonomy taxonomy, Func<string, bool>? isKnownScheme = null, string path = "requirement")
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(path);
        var walk = new Walk(taxonomy, isKnownScheme);
        walk.Visit(requirement, path, 1);
        return walk.Errors.Errors;
    }

    private sealed class Walk(CareerTaxonomy taxonomy, Func<string, bool>? isKnownScheme)
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
        private readonly HashSet<Requirement> _onPath = new(ReferenceEqualityComparer.Instance);

        public ErrorList Errors { get; } = new();

        public void Visit(Requirement? node, string path, int depth)
        {
            if (node is null)
            {
                Errors.Add(RuleErrors.Missing, path, "A requirement is required here.");
                return;
            }

            if (depth > MaxDepth)
            {
                Errors.Add(RuleErrors.TooDeep, path, $"A requirement tree may be at most {MaxDepth} levels deep.");
                return;
            }

            if (!_onPath.Add(node))
            {
                Errors.Add(RuleErrors.Cycle, path, "This requirement contains itself.");
                return;
            }

            CheckId(node, path);
            switch (node)
            {
                case CompositeRequirement composite:
                    VisitComposite(composite, path, depth);
                    break;
                case CrossBoundaryTime leaf:
                    CheckBoundary(leaf.Boundary, $"{path}.boundary");
                    CheckTarget(leaf.MinimumDays, $"{path}.minimumDays");
                    CheckWindow(leaf.Window, $"{path}.window");
                    CheckKinds(leaf.Kinds, $"{path}.kinds", periodLikeOnly: true, required: false);
                    CheckVerification(leaf.MinimumVerification, $"{path}.minimumVerification");
                    break;
                case DistinctBoundaries leaf:
                    CheckBoundary(leaf.Boundary, $"{path}.boundary");
                    CheckTarget(leaf.Minimum, $"{path}.minimum");
                    CheckWindow(leaf.Window, $"{path}.window");
                    CheckKinds(leaf.Kinds, $"{path}.kinds", periodLikeOnly: false, required: false);
                    CheckTarget(leaf.MinimumDaysEach, $"{path}.minimumDaysEach");
                    break;
                case ExperienceCount leaf:
                    CheckKinds(leaf.Kinds, $"{path}.kinds", periodLikeOnly: false, required: true);
                    CheckTarget(leaf.Minimum, $"{path}.minimum");
                    CheckWindow(leaf.Window, $"{path}.window");
                    CheckCategories(leaf.Categories, $"{path}.categories");
                    if (leaf.Boundary is { } b)
                    {
                        CheckBoundary(b, $"{path}.boundary");
                    }

                    CheckVerification(leaf.MinimumVerification, $"{path}.minimumVerification");
                    break;
                case LearningHours leaf:
                    CheckLearningHours(leaf, path);
                    break;
                case ReflectionCoverage leaf:
                    CheckShare(leaf.MinimumShare, $"{path}.minimumShare");
                    CheckWindow(leaf.Window, $"{path}.window");
                    break;
                case NetworkDiversity leaf:
                    CheckTarget(leaf.MinimumSectors, $"{path}.minimumSectors");
                    break;
                case HoldsAccreditation leaf:
                    CheckScheme(leaf.SchemeCode, $"{path}.schemeCode");
                    if (leaf.MinimumPeriod is { } p)
                    {
                        CheckPeriod(p, $"{path}.minimumPeriod");
                    }

                    break;
                default:
                    Errors.Add(RuleErrors.UnknownValue, path, $"'{node.GetType().Name}' is not a requirement the evaluator knows.");
                    break;
            }

            _onPath.Remove(node);
        }

        private void VisitComposite(CompositeRequirement composite, string path, int depth)
        {
            var children = composite.Of;
            if (children is null || children.Count == 0)
            {
                Errors.Add(RuleErrors.EmptyComposite, $"{path}.{composite.NodeName}", $"{composite.NodeName} needs at least one requirement.");
            }

            if (composite is AtLeast atLeast)
            {
                if (atLeast.Count <= 0)
                {
                    Errors.Add(RuleErrors.NotPositive, $"{path}.count", "count must be at least 1.");
                }
                else if (children is not null && atLeast.Count > children.Count)
                {
                    Errors.Add(RuleErrors.CountExceedsChildren, $"{path}.count", $"count is {atLeast.Count} but there are only {children.Count} requirements.");
                }
            }

            if (children is null)
            {
                return;
            }

            for (var i = 0; i < children.Count; i++)
            {
                Visit(children[i], $"{path}.{composite.NodeName}[{i}]", depth + 1);
            }
        }

        private void CheckLearningHours(LearningHours leaf, string path)
        {
            CheckTarget(leaf.MinimumHours, $"{path}.minimumHours");
            CheckWindow(leaf.Window, $"{path}.window");
            CheckCategories(leaf.Categories, $"{path}.categories");
            if (leaf.CapPerCategory is { } caps)
            {
                for (var i = 0; i < caps.Count; i++)
                {
                    var cap = caps[i];
                    var capPath = $"{path}.capPerCategory[{i}]";
                    if (cap is null)
                    {
                        Errors.Add(RuleErrors.Missing, capPath, "A cap is required here.");
                        continue;
                    }

                    CheckCategory(cap.Category, $"{capPath}.category");
                    CheckTarget(cap.MaximumHours, $"{capPath}.maximumHours");
                    for (var j = 0; j < i; j++)
                    {
                        if (caps[j] is { } other && string.Equals(other.Category, cap.Category, StringComparison.Ordinal))
                        {
                            Errors.Add(RuleErrors.DuplicateValue, $"{capPath}.category", $"'{cap.Category}' is capped twice.");
                        }
                    }
                }
            }

            if (leaf.MinimumEachPeriod is { } each)
            {
                var eachPath = $"{path}.minimumEachPeriod";
                CheckTarget(each.MinimumHours, $"{eachPath}.minimumHours");
                if (CheckPeriod(each.Period, $"{eachPath}.period") && leaf.Window is { } w)
                {
                    var tooLong = w.Kind != WindowKind.Rolling
                        || (w.Period is { } wp && IsPeriodValid(wp) && ApproximateDays(each.Period) > ApproximateDays(wp));
                    if (tooLong)
                    {
                        Errors.Add(RuleErrors.PeriodNeedsRollingWindow, $"{eachPath}.period", "minimumEachPeriod needs a rolling window at least as long as its period.");
                    }
                }
            }

            if (leaf.CrossBoundaryShare is { } share)
            {
                CheckShare(share, $"{path}.crossBoundaryShare");
                if (leaf.Boundary is null)
                {
                    Errors.Add(RuleErrors.RequiresCompanion, $"{path}.boundary", "crossBoundaryShare needs the boundary to cross.");
                }
            }
            else if (leaf.Boundary is not null)
            {
                Errors.Add(RuleErrors.RequiresCompanion, $"{path}.crossBoundaryShare", "boundary is only meaningful with crossBoundaryShare.");
            }

            if (leaf.Boundary is { } b)
            {
                CheckBoundary(b, $"{path}.boundary");
            }
        }

        private void CheckId(Requirement node, string path)
        {
            var id = node.Id;
            if (id is null)
            {
                if (node is not CompositeRequirement)
                {
                    Errors.Add(RuleErrors.IdRequired, $"{path}.id", "Every leaf requirement needs a stable id.");
                }

                return;
            }

            if (!IsWellFormedId(id))
            {
                Errors.Add(RuleErrors.InvalidId, $"{path}.id", $"'{id}' is not 1 to 64 letters, digits, '-', '_' or '.'.");
            }
            else if (!_ids.TryAdd(id, path))
            {
                Errors.Add(RuleErrors.DuplicateId, $"{path}.id", $"The id '{id}' is already used at {_ids[id]}.");
            }
        }

        private void CheckTarget(decimal value, string path)
        {
            if (value <= 0m)
            {
                Errors.Add(RuleErrors.NotPositive, path, $"Must be more than 0; it is {value}.");
            }
            else if (value > MaxTarget)
            {
                Errors.Add(RuleErrors.TooLarge, path, $"Must be at most {MaxTarget}; it is {value}.");
            }
        }

        private void CheckShare(decimal value, string path) =>
            Errors.AddIf(value <= 0m || value > 1m, RuleErrors.ShareOutOfRange, path, $"A share must be more than 0 and at most 1; it is {value}.");

        private void CheckBoundary(Boundary boundary, string path) =>
            Errors.AddIf(boundary is < Boundary.Sector or > Boundary.Place, RuleErrors.UnknownValue, path, "Unknown boundary; use SECTOR, ORGANISATION, PROFESSION or PLACE.");

        private void CheckVerification(VerificationLevel level, string path) =>
            Errors.AddIf(level is < VerificationLevel.SelfDeclared or > VerificationLevel.Verified, RuleErrors.UnknownValue, path, "Unknown verification level.");

        private void CheckWindow(Window? window, string path)
        {
            if (window is null)
            {
                Errors.Add(RuleErrors.Missing, path, "A window is required.");
            }
            else if (window.Kind == WindowKind.Rolling)
            {
                CheckPeriod(window.Period, $"{path}.period");
            }
            else if (window.Kind != WindowKind.Ever)
            {
                Errors.Add(RuleErrors.UnknownValue, path, "Unknown window kind.");
            }
        }

        private bool CheckPeriod(Period? period, string path)
        {
            if (period is null)
            {
                Errors.Add(RuleErrors.Missing, path, "A period is required.");
                return false;
            }

            var ok = IsPeriodValid(period);
            Errors.AddIf(!ok, RuleErrors.BadPeriod, path, $"'{period}' is not a positive date period of at most 100 years (years, months, weeks, days).");
            return ok;
        }

        private void CheckKinds(IReadOnlyList<ExperienceKind>? kinds, string path, bool periodLikeOnly, bool required)
        {
            if (kinds is null || kinds.Count == 0)
            {
                Errors.AddIf(required, RuleErrors.Missing, path, "At least one kind is required.");
                return;
            }

            for (var i = 0; i < kinds.Count; i++)
            {
                var kind = kinds[i];
                if (!kind.IsDefined())
                {
                    Errors.Add(RuleErrors.UnknownValue, $"{path}[{i}]", "Unknown experience kind.");
                }
                else if (periodLikeOnly && !kind.IsPeriodLike())
                {
                    Errors.Add(RuleErrors.KindNotPeriodLike, $"{path}[{i}]", $"{kind.ToCode()} has no period to count days of.");
                }

                for (var j = 0; j < i; j++)
                {
                    if (kinds[j] == kind)
                    {
                        Errors.Add(RuleErrors.DuplicateValue, $"{path}[{i}]", $"{kind.ToCode()} is listed twice.");
                        break;
                    }
                }
            }
        }

        private void CheckCategories(IReadOnlyList<string>? categories, string path)
        {
            if (categories is null)
            {
                return;
            }

            for (var i = 0; i < categories.Count; i++)
            {
                CheckCategory(categories[i], $"{path}[{i}]");
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(categories[j], categories[i], StringComparison.Ordinal))
                    {
                        Errors.Add(RuleErrors.DuplicateValue, $"{path}[{i}]", $"'{categories[i]}' is listed twice.");
                        break;
                    }
                }
            }
        }

        private void CheckCategory(string? category, string path) =>
            Errors.AddIf(!taxonomy.IsLearningCategory(category), RuleErrors.UnknownCategory, path, $"'{category}' is not a known learning category.");

        private void CheckScheme(string? code, string path)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                Errors.Add(RuleErrors.Missing, path, "A scheme code is required.");
            }
            else if (!CareerTaxonomy.IsWellFormedCode(code) || (isKnownScheme is not null && !isKnownScheme(code)))
            {
                Errors.Add(RuleErrors.UnknownScheme, path, $"'{code}' is not a known scheme.");
            }
        }
    }

    /// <summary>Returns whether a period is a positive date period (years, months, weeks, days; none negative, at least one positive) of at most about 100 years.</summary>
    /// <param name="period">The period.</param>
    /// <returns><see langword="true"/> when usable as a window or rule period.</returns>
    public static bool IsPeriodValid(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            return false;
        }

        var days = ApproximateDays(period);
        return days > 0 && days <= 36_600;
    }

    /// <summary>The length of a period in days, measured back from a fixed date, to compare periods of mixed units.</summary>
    internal static long ApproximateDays(Period period)
    {
        if (period.Years > 200 || period.Months > 2400 || period.Weeks > 10_000 || period.Days > 100_000)
        {
            return long.MaxValue;
        }

        var reference = new LocalDate(2400, 1, 1);
        return Period.DaysBetween(reference.Minus(period), reference);
    }

    private static bool IsWellFormedId(string id)
    {
        if (id.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
