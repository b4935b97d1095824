using Cpd.Domain.Members;
using Cpd.Domain.Taxonomy;

namespace Cpd.Domain.Tests.Members;

public sealed class MemberTests
{
    [Fact]
    public void Create_BlankNameAndZeroId_ReportsBoth()
    {
        var result = Member.Create(0, "  ");

        result.Errors.Select(e => (e.Code, e.Field)).ShouldBe([(CommonErrors.InvalidId, "id"), (CommonErrors.Required, "displayName")]);
    }

    [Fact]
    public void Create_ValidName_TrimsIt()
    {
        Member.Create(7, "  Jo Bloggs ").Value.DisplayName.ShouldBe("Jo Bloggs");
    }

    [Fact]
    public void ConnectionCreate_UnknownSector_ReportsUnknownSector()
    {
        var result = Connection.Create(1, 1, "Sam", "space", null, CareerTaxonomy.Default);

        result.Errors.Single().ShouldBe(new DomainError(TaxonomyErrors.UnknownSector, "sectorCode", "'space' is not a known sector."));
    }

    [Fact]
    public void ResultValue_OnFailure_ThrowsWithTheErrors()
    {
        var result = Member.Create(-1, "Jo");

        Should.Throw<InvalidOperationException>(() => result.Value).Message.ShouldContain(CommonErrors.InvalidId);
    }
}
