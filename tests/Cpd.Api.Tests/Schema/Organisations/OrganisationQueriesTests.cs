using System.Text.Json;
using Cpd.Api.Schema.Common;

namespace Cpd.Api.Tests.Schema.Organisations;

public sealed class OrganisationQueriesTests(OrganisationWorld world) : IClassFixture<OrganisationWorld>
{
    private const string ById = "query($id: ID!) { organisation(id: $id) { id name placeCode sector { code } createdAt } }";

    [Fact]
    public async Task Organisation_ById_IsReturnedWithItsSector()
    {
        var organisation = world.Organisations[1];
        var result = await world.Api.PostAsync(ById, new { id = OrganisationWorld.IdOf(organisation) }, world.HrSystem);
        result.ShouldHaveNoErrors();
        result.Data("organisation", "id").GetString().ShouldBe(OrganisationWorld.IdOf(organisation));
        result.Data("organisation", "name").GetString().ShouldBe(organisation.Name);
        result.Data("organisation", "sector", "code").GetString().ShouldBe("local-government");
        result.Data("organisation", "placeCode").GetString().ShouldBe("W06000015");
        result.Data("organisation", "createdAt").GetString().ShouldBe("2026-11-22T09:00:00Z");
    }

    [Fact]
    public async Task Organisation_UnknownId_IsNullWithNotFound()
    {
        var result = await world.Api.PostAsync(ById, new { id = GlobalId.Format("Organisation", 999_999) }, world.Admin);
        result.Data("organisation").ValueKind.ShouldBe(JsonValueKind.Null);
        result.ErrorCodes.ShouldBe(["NOT_FOUND"]);
        result.Errors[0].GetProperty("path")[0].GetString().ShouldBe("organisation");
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("TWVtYmVyOjE")] // Member:1
    public async Task Organisation_MalformedOrForeignId_IsNullWithMalformedId(string id)
    {
        var result = await world.Api.PostAsync(ById, new { id }, world.Admin);
        result.Data("organisation").ValueKind.ShouldBe(JsonValueKind.Null);
        result.ErrorCodes.ShouldBe(["MALFORMED_ID"]);
    }

    [Fact]
    public async Task Organisations_Anonymous_FailsWithUnauthenticated()
    {
        var result = await world.Api.PostAsync("{ organisations { totalCount } }");
        result.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Fact]
    public async Task Organisations_PagedByName_WalkEveryOrganisationInNameOrder()
    {
        const string Page = "query($after: String) { organisations(first: 5, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } totalCount } }";
        var names = new List<string>();
        string? after = null;
        do
        {
            var result = await world.Api.PostAsync(Page, new { after }, world.Admin);
            result.ShouldHaveNoErrors();
            result.Data("organisations", "totalCount").GetInt32().ShouldBe(world.Organisations.Count);
            names.AddRange(result.Data("organisations", "nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
            after = result.Data("organisations", "pageInfo", "hasNextPage").GetBoolean() ? result.Data("organisations", "pageInfo", "endCursor").GetString() : null;
        }
        while (after is not null);

        names.ShouldBe(world.Organisations.Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{ sectorCode: \"policing\" }", 4)]
    [InlineData("{ placeCode: \"E07000113\" }", 6)]
    [InlineData("{ sectorCode: \"health\", placeCode: \"E07000113\" }", 2)]
    [InlineData("{ nameContains: \"org a\" }", 1)]
    [InlineData("{ sectorCode: \"housing\" }", 0)]
    public async Task Organisations_Where_KeepsOnlyMatchingOnesInItemsAndCount(string where, int count)
    {
        var result = await world.Api.PostAsync($"{{ organisations(first: 100, where: {where}) {{ nodes {{ name }} totalCount }} }}", key: world.Admin);
        result.ShouldHaveNoErrors();
        result.Data("organisations", "nodes").GetArrayLength().ShouldBe(count);
        result.Data("organisations", "totalCount").GetInt32().ShouldBe(count);
    }

    [Fact]
    public async Task Node_OrganisationId_IsTheOrganisation()
    {
        var organisation = world.Organisations[2];
        var result = await world.Api.PostAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on Organisation { name } } }", new { id = OrganisationWorld.IdOf(organisation) }, world.Admin);
        result.ShouldHaveNoErrors();
        result.Data("node", "__typename").GetString().ShouldBe("Organisation");
        result.Data("node", "name").GetString().ShouldBe(organisation.Name);
    }

    [Fact]
    public async Task Nodes_MixedIds_AreReturnedInOrderWithAnErrorAtEachBadIndex()
    {
        var ids = new[] { OrganisationWorld.IdOf(world.Organisations[0]), "garbage", GlobalId.Format("Organisation", 999_999), GlobalId.Format("Nothing", 1) };
        var result = await world.Api.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }, world.Admin);
        result.Data("nodes", 0, "id").GetString().ShouldBe(ids[0]);
        result.Data("nodes", 1).ValueKind.ShouldBe(JsonValueKind.Null);
        result.ErrorCodes.ShouldBe(["MALFORMED_ID", "NOT_FOUND", "NOT_FOUND"]);
        result.Errors.Select(e => e.GetProperty("path")[1].GetInt32()).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task Node_Anonymous_FailsWithUnauthenticatedLikeTheTypesOwnQuery()
    {
        var result = await world.Api.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = OrganisationWorld.IdOf(world.Organisations[0]) });
        result.Data("node").ValueKind.ShouldBe(JsonValueKind.Null);
        result.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }
}
