using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using Cpd.Domain.Taxonomy;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Accreditation.Rules;

public sealed class RequirementValidatorTests
{
    private static IReadOnlyList<(string Code, string Field)> Errors(Requirement? r) =>
        [.. RequirementValidator.Validate(r, CareerTaxonomy.Default).Select(e => (e.Code, e.Field))];

    [Fact]
    public void Validate_ReferenceScheme_HasNoErrors()
    {
        Errors(ReferenceSchemes.PlaceLeadershipRequirement(182)).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_BadLeavesInsideAllOf_ReportsFieldPaths()
    {
        var tree = new AllOf
        {
            Of =
            [
                new NetworkDiversity { Id = "a", MinimumSectors = 1 },
                new NetworkDiversity { Id = "a", MinimumSectors = 1 },
                new CrossBoundaryTime { Id = "c", Boundary = (Boundary)9, MinimumDays = -1, Window = Window.Rolling(P("PT5H")), Kinds = [ExperienceKind.CpdActivity] },
                new ReflectionCoverage { Id = "d", MinimumShare = 1.5m, Window = Window.Ever },
                new LearningHours { Id = "e", MinimumHours = 10, Window = Window.Ever, Categories = ["juggling"], MinimumEachPeriod = new(5, P("P1Y")), CrossBoundaryShare = 0.2m },
            ],
        };

        Errors(tree).ShouldBe(
        [
            (RuleErrors.DuplicateId, "requirement.allOf[1].id"),
            (RuleErrors.UnknownValue, "requirement.allOf[2].boundary"),
            (RuleErrors.NotPositive, "requirement.allOf[2].minimumDays"),
            (RuleErrors.BadPeriod, "requirement.allOf[2].window.period"),
            (RuleErrors.KindNotPeriodLike, "requirement.allOf[2].kinds[0]"),
            (RuleErrors.ShareOutOfRange, "requirement.allOf[3].minimumShare"),
            (RuleErrors.UnknownCategory, "requirement.allOf[4].categories[0]"),
            (RuleErrors.PeriodNeedsRollingWindow, "requirement.allOf[4].minimumEachPeriod.period"),
            (RuleErrors.RequiresCompanion, "requirement.allOf[4].boundary"),
        ]);
    }

    [Fact]
    public void Validate_EmptyCompositeAndAtLeastOverCount_AreReported()
    {
        var tree = new AnyOf { Of = [new AllOf(), new AtLeast { Count = 3, Of = [new NetworkDiversity { Id = "n", MinimumSectors = 2 }] }] };

        Errors(tree).ShouldBe(
        [
            (RuleErrors.EmptyComposite, "requirement.anyOf[0].allOf"),
            (RuleErrors.CountExceedsChildren, "requirement.anyOf[1].count"),
        ]);
    }

    [Fact]
    public void Validate_LeafWithoutIdAndNullChild_AreReportedNotThrown()
    {
        var tree = new AllOf { Of = [new NetworkDiversity { MinimumSectors = 0 }, null!] };

        Errors(tree).ShouldBe(
        [
            (RuleErrors.IdRequired, "requirement.allOf[0].id"),
            (RuleErrors.NotPositive, "requirement.allOf[0].minimumSectors"),
            (RuleErrors.Missing, "requirement.allOf[1]"),
        ]);
        Errors(null).ShouldBe([(RuleErrors.Missing, "requirement")]);
    }

    [Fact]
    public void Validate_ListMutatedIntoACycle_ReportsCycle()
    {
        var children = new List<Requirement>();
        var root = new AllOf { Id = "root", Of = children };
        children.Add(root);

        Errors(root).ShouldBe([(RuleErrors.Cycle, "requirement.allOf[0]")]);
    }

    [Fact]
    public void Validate_UnknownScheme_IsReported()
    {
        var errors = RequirementValidator.Validate(new HoldsAccreditation { Id = "h", SchemeCode = "nope" }, CareerTaxonomy.Default, code => code == "place-leadership");

        errors.Single().Code.ShouldBe(RuleErrors.UnknownScheme);
    }

    [Fact]
    public void SchemePublish_InvalidTree_ReturnsErrorsAndKeepsVersions()
    {
        var scheme = ReferenceSchemes.PlaceLeadership;

        var result = scheme.Publish(D("2024-01-01"), P("P0D"), new AllOf(), CareerTaxonomy.Default);

        result.Errors.Select(e => e.Code).ShouldBe([RuleErrors.EmptyComposite, AccreditationErrors.BadValidity, AccreditationErrors.EffectiveBeforePrevious]);
        scheme.Versions.Count.ShouldBe(2);
    }
}
