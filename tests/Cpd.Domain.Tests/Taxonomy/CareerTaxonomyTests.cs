using Cpd.Domain.Taxonomy;

namespace Cpd.Domain.Tests.Taxonomy;

public sealed class CareerTaxonomyTests
{
    [Fact]
    public void Default_SeededSectors_IncludeEveryDesignSector()
    {
        var codes = CareerTaxonomy.Default.Sectors.Select(s => s.Code).ToList();
        codes.ShouldBe(
        [
            "local-government", "health", "social-care", "education", "policing", "criminal-justice",
            "fire-rescue", "housing", "voluntary-community", "central-government", "private",
        ]);
        CareerTaxonomy.Default.IsProfession("social-work").ShouldBeTrue();
        CareerTaxonomy.Default.IsLearningCategory("participatory").ShouldBeTrue();
    }

    [Fact]
    public void Create_CustomLists_ReplaceTheDefaults()
    {
        var taxonomy = CareerTaxonomy.Create([new("ambulance", "Ambulance")], [new("paramedic", "Paramedic")], [new("simulation", "Simulation")]).Value;

        taxonomy.IsSector("ambulance").ShouldBeTrue();
        taxonomy.IsSector("health").ShouldBeFalse();
        taxonomy.IsProfession("paramedic").ShouldBeTrue();
        taxonomy.IsLearningCategory("simulation").ShouldBeTrue();
    }

    [Fact]
    public void Create_BadAndDuplicateCodes_ReportsEachWithItsField()
    {
        var result = CareerTaxonomy.Create(
            [new("Health", "Health"), new("housing", "Housing"), new("housing", "Housing again")],
            [new("nursing", " ")],
            []);

        result.IsSuccess.ShouldBeFalse();
        result.Errors.Select(e => (e.Code, e.Field)).ShouldBe(
        [
            (TaxonomyErrors.InvalidCode, "sectors[0].code"),
            (TaxonomyErrors.DuplicateCode, "sectors[2].code"),
            (CommonErrors.Required, "professions[0].name"),
        ]);
    }

    [Theory]
    [InlineData("local-government", true)]
    [InlineData("a1", true)]
    [InlineData("-health", false)]
    [InlineData("health-", false)]
    [InlineData("social--care", false)]
    [InlineData("Social", false)]
    [InlineData("", false)]
    public void IsWellFormedCode_Candidates_AcceptsKebabCaseOnly(string code, bool expected) =>
        CareerTaxonomy.IsWellFormedCode(code).ShouldBe(expected);

    [Theory]
    [InlineData("E07000113", true)]
    [InlineData("e07000113", false)]
    [InlineData("E07-0001", false)]
    [InlineData("E0700011300000000", false)]
    public void PlaceCode_IsValid_AcceptsUpperAlphanumericUpTo16(string code, bool expected) =>
        PlaceCode.IsValid(code).ShouldBe(expected);
}
