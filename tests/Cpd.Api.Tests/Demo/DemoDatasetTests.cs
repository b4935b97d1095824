using Cpd.Api.Demo;
using Cpd.Domain.Careers;
using Cpd.Domain.Taxonomy;

namespace Cpd.Api.Tests.Demo;

public sealed class DemoDatasetTests
{
    [Fact]
    public void Organisations_Catalogue_SpanEightOrganisationsSixSectorsAndThreePlaces()
    {
        DemoDataset.Organisations.Count.ShouldBeGreaterThanOrEqualTo(8);
        DemoDataset.Organisations.Select(o => o.SectorCode).Distinct().Count().ShouldBeGreaterThanOrEqualTo(6);
        DemoDataset.Organisations.Where(o => o.PlaceCode is not null).Select(o => o.PlaceCode).Distinct().Count().ShouldBe(3);
        DemoDataset.Organisations.Select(o => o.Key).ShouldBeUnique();
        DemoDataset.Organisations.Select(o => o.Name).ShouldBeUnique();
    }

    [Fact]
    public void Organisations_Catalogue_AreValidDomainOrganisations()
    {
        var id = 0L;
        foreach (var o in DemoDataset.Organisations)
        {
            Organisation.Create(++id, o.Name, o.SectorCode, o.PlaceCode, CareerTaxonomy.Default).Errors.ShouldBeEmpty(o.Key);
        }
    }

    [Fact]
    public void People_Catalogue_FortyWithTwoToFiveValidEmploymentsEach()
    {
        DemoDataset.People.Count.ShouldBeGreaterThanOrEqualTo(40);
        DemoDataset.People.Select(p => p.DisplayName).ShouldBeUnique();
        var id = 0L;
        foreach (var person in DemoDataset.People)
        {
            person.Jobs.Count.ShouldBeInRange(2, 5, person.DisplayName);
            foreach (var job in person.Jobs)
            {
                var o = DemoDataset.Organisation(job.OrganisationKey);
                var organisation = Organisation.Create(1, o.Name, o.SectorCode, o.PlaceCode, CareerTaxonomy.Default).Value;
                Employment.Create(++id, 1, organisation, job.Role, job.ProfessionCode, job.Start, job.End, job.Fte, CareerTaxonomy.Default)
                    .Errors.ShouldBeEmpty($"{person.DisplayName}: {job.Role}");
            }
        }
    }

    [Fact]
    public void People_Catalogue_HaveEveryProfile()
    {
        DemoDataset.People.Select(p => p.Profile).Distinct().Order().ShouldBe([DemoProfile.Eligible, DemoProfile.Close, DemoProfile.Far]);
    }

    [Fact]
    public void HrEmployees_Catalogue_AreTheHrOrganisationsCurrentStaffWithUniqueExternalIds()
    {
        DemoDataset.HrOrganisation.Name.ShouldBe("Northvale District Council");
        DemoDataset.HrEmployees.Count.ShouldBe(12);
        DemoDataset.HrEmployees.Select(e => e.ExternalId).ShouldBeUnique();
        DemoDataset.HrEmployees[0].ShouldBe(new DemoEmployee("NVC-1001", "Amira Okafor", "Head of Community Safety", "general-management",
            new NodaTime.LocalDate(2019, 4, 1), 1.0m, "amira.okafor@northvale-council.example"));
        var externalIds = DemoDataset.People.SelectMany(p => p.Jobs).Where(j => j.ExternalId is not null).ToList();
        externalIds.ShouldAllBe(j => j.OrganisationKey == DemoDataset.HrOrganisationKey);
        externalIds.Select(j => j.ExternalId).ShouldBeUnique();
    }

    [Fact]
    public void WorkEmail_NameWithApostrophe_IsFirstDotLastAtTheCurrentEmployer()
    {
        DemoDataset.People.Single(p => p.DisplayName == "Niamh O'Connor").WorkEmail.ShouldBe("niamh.oconnor@vale-care.example");
    }
}
