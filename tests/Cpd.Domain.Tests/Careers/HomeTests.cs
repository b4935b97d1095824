using Cpd.Domain.Tests.TestData;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Careers;

public sealed class HomeTests
{
    [Fact]
    public void On_TwoActiveEmployments_LargestFteWins()
    {
        var career = new CareerBuilder()
            .Employment("local-government", "2020-01-01", fte: 0.4m)
            .Employment("health", "2021-01-01", fte: 0.6m)
            .Build();

        career.HomeOn(D("2021-06-01"))!.SectorCode.ShouldBe("health");
        career.HomeOn(D("2020-06-01"))!.SectorCode.ShouldBe("local-government");
    }

    [Fact]
    public void On_EqualFte_EarliestStartWins()
    {
        var career = new CareerBuilder()
            .Employment("health", "2021-01-01", fte: 0.5m)
            .Employment("local-government", "2020-01-01", fte: 0.5m)
            .Build();

        career.HomeOn(D("2021-06-01"))!.SectorCode.ShouldBe("local-government");
    }

    [Fact]
    public void On_EqualFteAndStart_LowestIdWins()
    {
        var career = new CareerBuilder()
            .Employment("health", "2020-01-01", fte: 0.5m, id: 9)
            .Employment("education", "2020-01-01", fte: 0.5m, id: 3)
            .Build();

        career.HomeOn(D("2020-01-01"))!.SectorCode.ShouldBe("education");
    }

    [Fact]
    public void On_GapBetweenEmployments_HasNoHome()
    {
        var career = new CareerBuilder()
            .Employment("health", "2020-01-01", "2020-12-31")
            .Employment("education", "2021-02-01")
            .Build();

        career.HomeOn(D("2020-12-31")).ShouldNotBeNull();
        career.HomeOn(D("2021-01-15")).ShouldBeNull();
        career.HomeOn(D("2021-02-01"))!.SectorCode.ShouldBe("education");
    }

    [Fact]
    public void CareerCreate_RecordOfAnotherMember_Throws()
    {
        var other = new CareerBuilder(memberId: 2).Employment("health", "2020-01-01").Build();

        Should.Throw<ArgumentException>(() => Cpd.Domain.Careers.Career.Create(new MemberBuilder().WithId(1).Build(), other.Employments));
    }
}
