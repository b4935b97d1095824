using Cpd.Client.Models;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client.Tests.Transport;

/// <summary>The requirement tree rebuilt from the API's pre-order list, where each entry only counts its children.</summary>
public sealed class EligibilityReportWireTests
{
    [Fact]
    public void ToReport_ThreeLevels_NestsEachEntryUnderItsParentInOrder()
    {
        // root(a(a1, a2), b, c(c1(c1x)))
        var wire = Report(("root", 3), ("a", 2), ("a1", 0), ("a2", 0), ("b", 0), ("c", 1), ("c1", 1), ("c1x", 0));

        var root = wire.ToReport()!.Requirement;

        root.Children.Select(c => c.RequirementId).ShouldBe(["a", "b", "c"]);
        root.Children[0].Children.Select(c => c.RequirementId).ShouldBe(["a1", "a2"]);
        root.Children[1].Children.ShouldBeEmpty();
        root.Children[2].Children.ShouldHaveSingleItem().Children.ShouldHaveSingleItem().RequirementId.ShouldBe("c1x");
    }

    [Theory]
    [InlineData(2)] // a child missing at the end
    [InlineData(0)] // an entry left over
    public void ToReport_ListThatIsNotOneTree_IsNull(int rootChildren) =>
        Report(("root", rootChildren), ("a", 0)).ToReport().ShouldBeNull();

    [Fact]
    public void ToReport_NoRequirements_IsNull() =>
        new EligibilityReportWire { Member = new MemberSummary("M", "Ada", 1), Scheme = new IdWire { Id = "S" }, SchemeVersion = new SchemeVersionNumberWire { Number = 1 } }
            .ToReport().ShouldBeNull();

    private static EligibilityReportWire Report(params (string Id, int Children)[] entries) => new()
    {
        Member = new MemberSummary("M", "Ada", 1),
        Scheme = new IdWire { Id = "S" },
        SchemeVersion = new SchemeVersionNumberWire { Number = 1 },
        AsOf = new DateOnly(2026, 11, 22),
        Summary = "…",
        Requirements = [.. entries.Select(e => new RequirementResultWire
        {
            RequirementId = e.Id,
            Children = [.. Enumerable.Range(0, e.Children).Select(_ => new IdWire())],
        })],
    };
}
