using Cpd.Domain.Experiences;
using Cpd.Domain.Tests.TestData;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Careers;

public sealed class CareerTests
{
    [Fact]
    public void BoundariesCrossed_SecondmentToAnotherSectorInTheSamePlace_CrossesSectorAndOrganisationOnly()
    {
        var career = new CareerBuilder().Employment("local-government", "2020-01-01").Secondment("health", "2024-01-01", "2024-06-30").Build();

        career.BoundariesCrossed(career.Experiences[0], D("2026-01-01")).ShouldBe([Boundary.Sector, Boundary.Organisation]);
    }

    [Fact]
    public void BoundariesCrossed_HomeMovesToTheHostMidway_CrossesOnTheDaysBeforeTheMove()
    {
        var career = new CareerBuilder()
            .Employment("local-government", "2020-01-01", "2021-06-30")
            .Employment("health", "2021-07-01")
            .Secondment("health", "2021-06-20", "2021-08-31")
            .Secondment("health", "2021-07-01", "2021-08-31")
            .Build();

        career.BoundariesCrossed(career.Experiences[0], D("2026-01-01")).ShouldBe([Boundary.Sector, Boundary.Organisation]);
        career.BoundariesCrossed(career.Experiences[1], D("2026-01-01")).ShouldBeEmpty();
    }

    [Fact]
    public void BoundariesCrossed_OngoingExperience_IsJudgedUpToAsOf()
    {
        var career = new CareerBuilder()
            .Employment("health", "2020-01-01", "2024-12-31")
            .Employment("local-government", "2025-01-01")
            .Secondment("health", "2024-06-01", null)
            .Build();

        career.BoundariesCrossed(career.Experiences[0], D("2024-12-31")).ShouldBeEmpty();
        career.BoundariesCrossed(career.Experiences[0], D("2025-01-01")).ShouldBe([Boundary.Sector, Boundary.Organisation]);
    }

    [Fact]
    public void BoundariesCrossed_NoHomeOnAnyDay_CrossesNothing()
    {
        var career = new CareerBuilder().Employment("health", "2025-01-01").Secondment("local-government", "2024-01-01", "2024-03-31").Build();

        career.BoundariesCrossed(career.Experiences[0], D("2026-01-01")).ShouldBeEmpty();
    }

    [Fact]
    public void NetworkDiversityOn_ConnectionsInHomeAndOtherSectors_CountsDistinctOthers()
    {
        var career = new CareerBuilder().Employment("health", "2020-01-01").Connection("health").Connection("policing").Connection("policing").Connection("education").Build();

        career.NetworkDiversityOn(D("2024-01-01")).ShouldBe(2);
        career.NetworkDiversityOn(D("2019-01-01")).ShouldBe(3);
    }
}
