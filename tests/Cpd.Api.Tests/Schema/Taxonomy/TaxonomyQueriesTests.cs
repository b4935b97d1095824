using Cpd.Api.Auth;
using Cpd.Api.Tests.Support;
using Cpd.Domain.Taxonomy;

namespace Cpd.Api.Tests.Schema.Taxonomy;

public sealed class TaxonomyQueriesTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task Sectors_OnANewDatabase_AreTheSeededDefaultsInOrder()
    {
        var result = await api.PostAsync("{ sectors { code name } }", key: await api.KeyAsync(CallerRole.Admin));
        result.ShouldHaveNoErrors();
        result.Data("sectors").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ShouldBe(DefaultTaxonomy.Sectors.Select(s => s.Code));
        result.Data("sectors", 0, "name").GetString().ShouldBe("Local government");
    }

    [Fact]
    public async Task Professions_OnANewDatabase_AreTheSeededDefaultsInOrder()
    {
        var result = await api.PostAsync("{ professions { code name } }", key: await api.KeyAsync(CallerRole.Admin));
        result.Data("professions").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ShouldBe(DefaultTaxonomy.Professions.Select(s => s.Code));
    }

    [Fact]
    public async Task Sectors_Anonymous_IsNullWithUnauthenticated()
    {
        var result = await api.PostAsync("{ sectors { code } }");
        result.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }
}
