using Cpd.Domain.Careers;
using Cpd.Domain.Taxonomy;
using Cpd.Domain.Tests.TestData;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Careers;

public sealed class EmploymentTests
{
    private static readonly Organisation Council = Organisation.Create(1, "Council", "local-government", "E07000113", CareerTaxonomy.Default).Value;

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.0001)]
    [InlineData(0.00004)]
    public void Create_FteOutsideZeroToOne_ReportsFteOutOfRange(double fte)
    {
        var result = Employment.Create(1, 1, Council, "Planner", "planning", D("2020-01-01"), null, (decimal)fte, CareerTaxonomy.Default);

        result.Errors.Single().Code.ShouldBe(CareerErrors.FteOutOfRange);
        result.Errors.Single().Field.ShouldBe("fte");
    }

    [Fact]
    public void Create_EndBeforeStart_ReportsEndBeforeStart()
    {
        var result = Employment.Create(1, 1, Council, "Planner", "planning", D("2020-01-02"), D("2020-01-01"), 1m, CareerTaxonomy.Default);

        result.Errors.Single().ShouldBe(new DomainError(CareerErrors.EndBeforeStart, "end", "The end (2020-01-01) is before the start (2020-01-02)."));
    }

    [Fact]
    public void Create_OneDayEmploymentAndFullFte_IsValidAndActiveThatDayOnly()
    {
        var e = Employment.Create(1, 1, Council, "Planner", "planning", D("2024-02-29"), D("2024-02-29"), 1m, CareerTaxonomy.Default).Value;

        e.IsActiveOn(D("2024-02-29")).ShouldBeTrue();
        e.IsActiveOn(D("2024-02-28")).ShouldBeFalse();
        e.IsActiveOn(D("2024-03-01")).ShouldBeFalse();
    }

    [Fact]
    public void Create_UnknownProfession_ReportsUnknownProfession()
    {
        var result = Employment.Create(1, 1, Council, "Wizard", "wizardry", D("2020-01-01"), null, 1m, CareerTaxonomy.Default);

        result.Errors.Single().Code.ShouldBe(TaxonomyErrors.UnknownProfession);
    }

    [Fact]
    public void EndOn_BeforeStart_IsRejectedAndOriginalUnchanged()
    {
        var e = Employment.Create(1, 1, Council, "Planner", "planning", D("2020-01-01"), null, 1m, CareerTaxonomy.Default).Value;

        e.EndOn(D("2019-12-31")).Errors.Single().Code.ShouldBe(CareerErrors.EndBeforeStart);
        e.EndOn(D("2021-12-31")).Value.End.ShouldBe(D("2021-12-31"));
        e.End.ShouldBeNull();
    }

    [Fact]
    public void OrganisationCreate_BadPlace_ReportsInvalidPlace()
    {
        Organisation.Create(1, "Council", "local-government", "e07", CareerTaxonomy.Default).Errors.Single().Code.ShouldBe(TaxonomyErrors.InvalidPlace);
    }
}
