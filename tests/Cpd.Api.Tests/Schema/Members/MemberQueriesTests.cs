using System.Text.Json;

namespace Cpd.Api.Tests.Schema.Members;

public sealed class MemberQueriesTests(MemberWorld world) : IClassFixture<MemberWorld>
{
    private const string ById = "query($id: ID!) { member(id: $id) { id displayName } }";

    [Theory]
    [InlineData("ann", "Ann Adeyemi")]
    [InlineData("cat", "Cat Clarke")]
    public async Task Me_Member_IsItsOwnRecord(string caller, string displayName)
    {
        var result = await world.Api.PostAsync("{ me { id displayName } }", key: world.Key(caller));

        result.ShouldHaveNoErrors();
        result.Data("me", "displayName").GetString().ShouldBe(displayName);
        result.Data("me", "id").GetString().ShouldBe(world.IdOf("Member", caller));
    }

    [Theory]
    [InlineData("institute")]
    [InlineData("council-hr")]
    [InlineData("admin")]
    [InlineData("anonymous")]
    public async Task Me_NotAMember_IsNullWithoutError(string caller)
    {
        var result = await world.Api.PostAsync("{ me { id } }", key: world.Key(caller));

        result.ShouldHaveNoErrors();
        result.Data("me").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("ann", "ann", true)]
    [InlineData("ann", "ben", false)]
    [InlineData("institute", "ann", true)] // ann applied to the institute
    [InlineData("institute", "ben", false)]
    [InlineData("guild", "ben", true)] // ben's open grant
    [InlineData("guild", "ann", false)]
    [InlineData("council-hr", "ann", true)]
    [InlineData("council-hr", "ben", true)] // past employee
    [InlineData("trust-hr", "ann", false)]
    [InlineData("police-hr", "cat", true)]
    [InlineData("admin", "cat", true)]
    public async Task Member_EachRole_IsReadOrForbidden(string caller, string member, bool allowed)
    {
        var result = await world.Api.PostAsync(ById, new { id = world.IdOf("Member", member) }, world.Key(caller));

        if (allowed)
        {
            result.ShouldHaveNoErrors();
            result.Data("member", "id").GetString().ShouldBe(world.IdOf("Member", member));
        }
        else
        {
            result.Data("member").ValueKind.ShouldBe(JsonValueKind.Null);
            result.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        }
    }

    [Fact]
    public async Task Member_Anonymous_IsUnauthenticated()
    {
        var result = await world.Api.PostAsync(ById, new { id = world.IdOf("Member", "ann") });

        result.Data("member").ValueKind.ShouldBe(JsonValueKind.Null);
        result.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Theory]
    [InlineData("ann", false)]
    [InlineData("admin", true)]
    public async Task Member_UnknownId_IsForbiddenExceptForAdministrators(string caller, bool notFound)
    {
        var result = await world.Api.PostAsync(ById, new { id = Cpd.Api.Schema.Common.GlobalId.Format("Member", 987_654) }, world.Key(caller));

        result.ErrorCodes.ShouldBe([notFound ? "NOT_FOUND" : "FORBIDDEN"]);
    }

    [Theory]
    [InlineData("ann", "Ann Adeyemi")]
    [InlineData("ben", "Ben Brown")]
    [InlineData("institute", "Ann Adeyemi")]
    [InlineData("guild", "Ben Brown")]
    [InlineData("council-hr", "Ann Adeyemi,Ben Brown")]
    [InlineData("trust-hr", "Ben Brown")]
    [InlineData("police-hr", "Cat Clarke")]
    [InlineData("admin", "Ann Adeyemi,Ben Brown,Cat Clarke")]
    public async Task Members_EachRole_ListsOnlyWhoItMaySeeAndCountsThem(string caller, string expected)
    {
        var result = await world.Api.PostAsync("{ members(first: 10) { nodes { displayName } totalCount } }", key: world.Key(caller));

        result.ShouldHaveNoErrors();
        Names(result.Data("members", "nodes")).ShouldBe(expected.Split(','));
        result.Data("members", "totalCount").GetInt32().ShouldBe(expected.Split(',').Length);
    }

    [Fact]
    public async Task Members_Anonymous_IsUnauthenticated()
    {
        var result = await world.Api.PostAsync("{ members { totalCount } }");

        result.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Fact]
    public async Task Members_PagedAsAdministrator_WalksEveryoneInNameOrder()
    {
        const string Page = "query($after: String) { members(first: 2, after: $after) { nodes { displayName } pageInfo { hasNextPage endCursor } } }";
        var first = await world.Api.PostAsync(Page, new { after = (string?)null }, world.Key("admin"));
        var second = await world.Api.PostAsync(Page, new { after = first.Data("members", "pageInfo", "endCursor").GetString() }, world.Key("admin"));

        Names(first.Data("members", "nodes")).ShouldBe(["Ann Adeyemi", "Ben Brown"]);
        first.Data("members", "pageInfo", "hasNextPage").GetBoolean().ShouldBeTrue();
        Names(second.Data("members", "nodes")).ShouldBe(["Cat Clarke"]);
        second.Data("members", "pageInfo", "hasNextPage").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData("trust-hr", "", 1)]
    [InlineData("institute", "", 1)]
    [InlineData("police-hr", "Cat Clarke", 1)]
    public async Task Members_CursorTakenByAnotherRole_RevealsNothingBeyondWhatTheCallerMaySee(string caller, string expected, int total)
    {
        // The administrator's cursor after "Ben Brown" is a position in the name order, not a grant: another caller paging
        // from it still sees only its own members, and its count stays the count of what it may see.
        const string Page = "query($after: String) { members(first: 2, after: $after) { nodes { displayName } pageInfo { hasNextPage endCursor } totalCount } }";
        var adminPage = await world.Api.PostAsync(Page, new { after = (string?)null }, world.Key("admin"));
        var cursor = adminPage.Data("members", "pageInfo", "endCursor").GetString();

        var result = await world.Api.PostAsync(Page, new { after = cursor }, world.Key(caller));

        result.ShouldHaveNoErrors();
        Names(result.Data("members", "nodes")).ShouldBe(expected.Length == 0 ? [] : expected.Split(','));
        result.Data("members", "totalCount").GetInt32().ShouldBe(total);
        result.Data("members", "pageInfo", "hasNextPage").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData("admin", "{ displayNameContains: \"BEN\" }", "Ben Brown")]
    [InlineData("admin", "{ sectorCode: \"health\" }", "Ben Brown")]
    [InlineData("admin", "{ organisationId: $council }", "Ann Adeyemi,Ben Brown")]
    [InlineData("trust-hr", "{ organisationId: $council }", "")] // ben's council job is not the trust's to see
    public async Task Members_Where_NarrowsOnWhatTheCallerMaySee(string caller, string where, string expected)
    {
        var usesCouncil = where.Contains("$council", StringComparison.Ordinal);
        var query = (usesCouncil ? "query($council: ID)" : "query") + " { members(first: 10, where: " + where + ") { nodes { displayName } totalCount } }";

        var result = await world.Api.PostAsync(query, usesCouncil ? new { council = world.IdOf("Organisation", "council") } : null, world.Key(caller));

        result.ShouldHaveNoErrors();
        Names(result.Data("members", "nodes")).ShouldBe(expected.Length == 0 ? [] : expected.Split(','));
    }

    [Theory]
    [InlineData("ann", true)]
    [InlineData("institute", true)]
    [InlineData("council-hr", true)]
    [InlineData("trust-hr", false)]
    [InlineData("guild", false)]
    [InlineData("admin", true)]
    public async Task Node_Member_FollowsTheMemberRule(string caller, bool allowed)
    {
        var result = await world.Api.PostAsync("query($id: ID!) { node(id: $id) { id ... on Member { displayName } } }",
            new { id = world.IdOf("Member", "ann") }, world.Key(caller));

        if (allowed)
        {
            result.ShouldHaveNoErrors();
            result.Data("node", "displayName").GetString().ShouldBe("Ann Adeyemi");
        }
        else
        {
            result.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        }
    }

    internal static string[] Names(JsonElement nodes) => [.. nodes.EnumerateArray().Select(n => n.GetProperty("displayName").GetString()!)];
}
