using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using Cpd.Domain.Taxonomy;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cpd.Domain.Tests.Properties;

/// <summary>
/// FsCheck generators of requirement trees: valid trees of every node kind (up to three levels, unique ids), and malformed trees made
/// by one <see cref="Malformation"/> at a random node, together with the error code and the path the validator must report.
/// </summary>
public static class RequirementGenerators
{
    private static readonly string[] Categories = [.. CareerTaxonomy.Default.LearningCategories.Select(c => c.Code)];
    private static readonly ExperienceKind[] PeriodKinds = [ExperienceKind.Secondment, ExperienceKind.Shadowing, ExperienceKind.JointWork, ExperienceKind.Mentoring];
    private static readonly Boundary[] Boundaries = [Boundary.Sector, Boundary.Organisation, Boundary.Profession, Boundary.Place];
    private static readonly Boundary?[] OptionalBoundaries = [null, .. Boundaries];

    /// <summary>The ways a tree is broken; each names the error code the validator must report.</summary>
    public enum Malformation
    {
        EmptyComposite,
        CountExceedsChildren,
        NegativeTarget,
        ShareAboveOne,
        BadPeriod,
        DuplicateId,
        UnknownCategory,
        UnknownScheme,
        UnknownKind,
        UnknownBoundary,
    }

    /// <summary>Gets valid trees: the reference scheme's, or random ones.</summary>
    public static Gen<Requirement> ValidTrees => Gen.Frequency(
        (1, Gen.Elements(ReferenceSchemes.PlaceLeadershipRequirement(182m), ReferenceSchemes.PlaceLeadershipRequirement(273m))),
        (3, Node(3).Select(WithIds)));

    /// <summary>Gets malformed trees with the expected error code and the path under which it must be reported.</summary>
    public static Gen<MalformedTree> MalformedTrees =>
        from tree in ValidTrees
        from index in Gen.Choose(0, Count(tree) - 1)
        from malformation in Gen.Elements(Enum.GetValues<Malformation>())
        from amount in Gen.Choose(0, 1_000)
        select Break(tree, index, malformation, amount);

    /// <summary>Returns the nodes of a tree in pre-order with their validator paths.</summary>
    public static IEnumerable<(Requirement Node, string Path)> Nodes(Requirement node, string path = "requirement")
    {
        yield return (node, path);
        if (node is CompositeRequirement c)
        {
            for (var i = 0; i < c.Of.Count; i++)
            {
                foreach (var n in Nodes(c.Of[i], $"{path}.{c.NodeName}[{i}]"))
                {
                    yield return n;
                }
            }
        }
    }

    private static Gen<Requirement> Node(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency((2, Leaf), (1, Composite(depth)));

    private static Gen<Requirement> Composite(int depth) =>
        from children in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Node(depth - 1), n))
        from kind in Gen.Choose(0, 2)
        from count in Gen.Choose(1, children.Length)
        select kind switch
        {
            0 => (Requirement)new AllOf { Of = children },
            1 => new AnyOf { Of = children },
            _ => new AtLeast { Count = count, Of = children },
        };

    /// <summary>Gets valid crossBoundaryTime leaves (any boundary, window, period-like kinds and verification level).</summary>
    public static Gen<CrossBoundaryTime> CrossBoundaryTimes =>
        from boundary in Gen.Elements(Boundaries)
        from days in Gen.Choose(1, 800)
        from window in Windows
        from kinds in Gen.SubListOf(PeriodKinds)
        from level in Gen.Elements(Enum.GetValues<VerificationLevel>())
        select new CrossBoundaryTime { Id = "time", Boundary = boundary, MinimumDays = days, Window = window, Kinds = [.. kinds], MinimumVerification = level };

    private static Gen<Requirement> Leaf => Gen.OneOf(
        CrossBoundaryTimes.Select(x => (Requirement)x),
        from boundary in Gen.Elements(Boundaries)
        from minimum in Gen.Choose(1, 4)
        from window in Windows
        from kinds in Gen.SubListOf(ExperienceKinds.All.ToArray())
        from each in Gen.Choose(1, 60)
        select (Requirement)new DistinctBoundaries { Boundary = boundary, Minimum = minimum, Window = window, Kinds = [.. kinds], MinimumDaysEach = each },
        from kinds in Gen.NonEmptyListOf(Gen.Elements(ExperienceKinds.All.ToArray())).Select(k => k.Distinct().ToArray())
        from minimum in Gen.Choose(1, 5)
        from window in Windows
        from categories in Gen.SubListOf(Categories)
        from boundary in Gen.Elements(OptionalBoundaries)
        from level in Gen.Elements(Enum.GetValues<VerificationLevel>())
        select (Requirement)new ExperienceCount { Kinds = kinds, Minimum = minimum, Window = window, Categories = [.. categories], Boundary = boundary, MinimumVerification = level },
        LearningHours,
        from share in Gen.Choose(1, 100)
        from window in Windows
        select (Requirement)new ReflectionCoverage { MinimumShare = share / 100m, Window = window },
        Gen.Choose(1, 6).Select(n => (Requirement)new NetworkDiversity { MinimumSectors = n }),
        Gen.Elements<Period?>(null, Period.FromYears(1), Period.FromMonths(6)).Select(p => (Requirement)new HoldsAccreditation { SchemeCode = ReferenceSchemes.PlaceLeadershipCode, MinimumPeriod = p }));

    private static Gen<Requirement> LearningHours =>
        from hours in Gen.Choose(1, 200)
        from years in Gen.Choose(1, 5)
        from categories in Gen.SubListOf(Categories)
        from caps in Gen.SubListOf(Categories).SelectMany(c => Gen.ArrayOf(Gen.Choose(1, 40), c.Count).Select(h => c.Zip(h, (cat, max) => new CategoryCap(cat, max)).ToArray()))
        from each in Gen.Choose(0, 30)
        from share in Gen.Choose(0, 100)
        from boundary in Gen.Elements(Boundaries)
        select (Requirement)new LearningHours
        {
            MinimumHours = hours,
            Window = Window.Rolling(Period.FromYears(years)),
            Categories = [.. categories],
            CapPerCategory = caps,
            MinimumEachPeriod = each == 0 ? null : new PeriodMinimum(each, Period.FromYears(1)),
            CrossBoundaryShare = share == 0 ? null : share / 100m,
            Boundary = share == 0 ? null : boundary,
        };

    private static Gen<Window> Windows => Gen.OneOf(
        Gen.Constant(Window.Ever),
        Gen.Choose(1, 8).Select(y => Window.Rolling(Period.FromYears(y))),
        Gen.Choose(1, 72).Select(m => Window.Rolling(Period.FromMonths(m))),
        Gen.Choose(1, 2_000).Select(d => Window.Rolling(Period.FromDays(d))));

    private static int Count(Requirement tree) => Nodes(tree).Count();

    /// <summary>Gives every leaf (and every other composite) a unique id, as an author would.</summary>
    private static Requirement WithIds(Requirement tree)
    {
        var n = 0;
        return Rewrite(tree, node => node is CompositeRequirement && n++ % 2 == 0 ? node : node with { Id = $"r{n++}" });
    }

    /// <summary>Applies <paramref name="change"/> to every node, top down; the children of a changed node are those of its replacement.</summary>
    private static Requirement Rewrite(Requirement node, Func<Requirement, Requirement> change)
    {
        var changed = change(node);
        return changed is CompositeRequirement c ? c with { Of = [.. c.Of.Select(child => Rewrite(child, change))] } : changed;
    }

    /// <summary>Replaces one node (by reference), leaving the rest of the tree as it is.</summary>
    private static Requirement Replace(Requirement node, Requirement target, Requirement replacement) =>
        ReferenceEquals(node, target) ? replacement
        : node is CompositeRequirement c ? c with { Of = [.. c.Of.Select(child => Replace(child, target, replacement))] }
        : node;

    private static MalformedTree Break(Requirement tree, int index, Malformation malformation, int amount)
    {
        var (target, path) = Nodes(tree).ElementAt(index);
        var anyId = Nodes(tree).Select(n => n.Node.Id).First(id => id is not null)!;
        var (replacement, code) = malformation switch
        {
            Malformation.EmptyComposite => ((Requirement)(amount % 2 == 0 ? new AllOf { Of = [] } : new AnyOf { Of = [] }), RuleErrors.EmptyComposite),
            Malformation.CountExceedsChildren => (new AtLeast { Count = 2 + (amount % 5), Of = [target] }, RuleErrors.CountExceedsChildren),
            Malformation.NegativeTarget => (NegativeTarget(target, -amount), RuleErrors.NotPositive),
            Malformation.ShareAboveOne => (ShareAboveOne(target, 1m + ((amount + 1) / 100m)), RuleErrors.ShareOutOfRange),
            Malformation.BadPeriod => (BadPeriod(target, amount), RuleErrors.BadPeriod),
            Malformation.DuplicateId => (new AllOf { Of = [target, new NetworkDiversity { Id = anyId, MinimumSectors = 1 }] }, RuleErrors.DuplicateId),
            Malformation.UnknownCategory => (new LearningHours { Id = "bad", MinimumHours = 10, Window = Window.Ever, Categories = ["no-such-category"] }, RuleErrors.UnknownCategory),
            Malformation.UnknownScheme => (new HoldsAccreditation { Id = "bad", SchemeCode = amount % 2 == 0 ? "Not A Code!" : string.Empty }, amount % 2 == 0 ? RuleErrors.UnknownScheme : RuleErrors.Missing),
            Malformation.UnknownKind => (new ExperienceCount { Id = "bad", Kinds = [(ExperienceKind)(8 + amount)], Minimum = 1, Window = Window.Ever }, RuleErrors.UnknownValue),
            _ => (new CrossBoundaryTime { Id = "bad", Boundary = (Boundary)(5 + amount), MinimumDays = 1, Window = Window.Ever }, RuleErrors.UnknownValue),
        };

        var broken = Replace(tree, target, replacement);

        // A duplicate id is reported at its second occurrence in pre-order, which may lie elsewhere in the tree.
        return new MalformedTree(broken, malformation, code, malformation == Malformation.DuplicateId ? "requirement" : path);
    }

    private static Requirement NegativeTarget(Requirement node, int value) => node switch
    {
        CrossBoundaryTime x => x with { MinimumDays = value },
        DistinctBoundaries x => x with { Minimum = value },
        ExperienceCount x => x with { Minimum = value },
        LearningHours x => x with { MinimumHours = value },
        NetworkDiversity x => x with { MinimumSectors = value },
        _ => new NetworkDiversity { Id = "bad", MinimumSectors = value },
    };

    private static Requirement ShareAboveOne(Requirement node, decimal share) => node switch
    {
        LearningHours x => x with { CrossBoundaryShare = share, Boundary = Boundary.Sector },
        ReflectionCoverage x => x with { MinimumShare = share },
        _ => new ReflectionCoverage { Id = "bad", MinimumShare = share, Window = Window.Ever },
    };

    private static Requirement BadPeriod(Requirement node, int amount)
    {
        Period[] bad = [Period.Zero, Period.FromDays(-1 - amount), Period.FromHours(1 + amount), Period.FromYears(101 + amount), Period.FromMonths(-1) + Period.FromDays(3)];
        var window = Window.Rolling(bad[amount % bad.Length]);
        return node switch
        {
            CrossBoundaryTime x => x with { Window = window },
            DistinctBoundaries x => x with { Window = window },
            ExperienceCount x => x with { Window = window },
            ReflectionCoverage x => x with { Window = window },
            _ => new ReflectionCoverage { Id = "bad", MinimumShare = 0.5m, Window = window },
        };
    }
}
