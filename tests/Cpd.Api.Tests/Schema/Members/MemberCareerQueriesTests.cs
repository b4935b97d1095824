using System.Text.Json;

namespace Cpd.Api.Tests.Schema.Members;

public sealed class MemberCareerQueriesTests(MemberWorld world) : IClassFixture<MemberWorld>
{
    private const string Career = """
        query($id: ID!) { member(id: $id) {
          employments { organisation { name sector { code } } role profession { code } start end fte }
          experiences { title kind boundariesCrossed verification attestations { outcome attestorName at } withdrawn
                        reflection { visibility whatDidNotWork } }
          reflections { visibility }
          connections { name sector { code } }
        } }
        """;

    private const string Reflections = "query($id: ID!) { member(id: $id) { reflections { visibility createdAt whatWorked whatDidNotWork whatIdDoDifferently } } }";

    [Fact]
    public async Task Member_OwnCareer_HasEveryPartWithBoundariesFromTheDomain()
    {
        var result = await world.Api.PostAsync(Career, new { id = world.IdOf("Member", "ann") }, world.Key("ann"));

        result.ShouldHaveNoErrors();
        var employment = result.Data("member", "employments", 0);
        employment.GetProperty("organisation").GetProperty("name").GetString().ShouldBe("Northshire Council");
        employment.GetProperty("profession").GetProperty("code").GetString().ShouldBe("social-work");
        employment.GetProperty("end").ValueKind.ShouldBe(JsonValueKind.Null);
        var experiences = result.Data("member", "experiences");
        Titles(experiences).ShouldBe(["Secondment to the trust", "Joint safeguarding day", "Reading on integrated care", "Mentoring a ward manager"]);
        var secondment = experiences[0];
        Strings(secondment.GetProperty("boundariesCrossed")).ShouldBe(["SECTOR", "ORGANISATION", "PROFESSION", "PLACE"]);
        secondment.GetProperty("verification").GetString().ShouldBe("ATTESTED");
        secondment.GetProperty("attestations").EnumerateArray().Select(a => a.GetProperty("outcome").GetString()).ShouldBe(["CONFIRMED", "DISPUTED"]);
        secondment.GetProperty("reflection").GetProperty("whatDidNotWork").GetString().ShouldBe("secret text of ann-private");
        Strings(experiences[1].GetProperty("boundariesCrossed")).ShouldBe(["SECTOR"]);
        Strings(experiences[2].GetProperty("boundariesCrossed")).ShouldBeEmpty();
        result.Data("member", "reflections").GetArrayLength().ShouldBe(3);
        result.Data("member", "connections", 0, "sector", "code").GetString().ShouldBe("health");
    }

    [Fact]
    public async Task Experiences_Arguments_NarrowByKindDatesAndWithdrawal()
    {
        const string Query = """
            query($id: ID!) { member(id: $id) {
              secondments: experiences(kind: SECONDMENT) { title }
              spring: experiences(from: "2024-03-01", to: "2024-03-31") { title }
              all: experiences(includeWithdrawn: true) { title withdrawn }
            } }
            """;

        var result = await world.Api.PostAsync(Query, new { id = world.IdOf("Member", "ann") }, world.Key("ann"));

        result.ShouldHaveNoErrors();
        Titles(result.Data("member", "secondments")).ShouldBe(["Secondment to the trust"]);
        Titles(result.Data("member", "spring")).ShouldBe(["Secondment to the trust", "Joint safeguarding day"]);
        result.Data("member", "all").EnumerateArray().Count(x => x.GetProperty("withdrawn").GetBoolean()).ShouldBe(1);
    }

    [Fact]
    public async Task Member_HrSystem_SeesOnlyItsEmploymentAndOverlappingExperiencesNeverReflectionsOrConnections()
    {
        const string Query = """
            query($id: ID!) { member(id: $id) {
              employments { organisation { name } }
              experiences { title reflection { id } }
              reflections { id }
              connections { id }
            } }
            """;

        var result = await world.Api.PostAsync(Query, new { id = world.IdOf("Member", "ben") }, world.Key("council-hr"));

        result.ShouldHaveNoErrors();
        result.Data("member", "employments").EnumerateArray().Select(e => e.GetProperty("organisation").GetProperty("name").GetString()).ShouldBe(["Northshire Council"]);
        Titles(result.Data("member", "experiences")).ShouldBe(["Joint mental-health triage"]);
        result.Data("member", "reflections").GetArrayLength().ShouldBe(0);
        result.Data("member", "connections").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("council-hr", "ben")] // ben's home today is the trust; his council role ended in 2022
    [InlineData("trust-hr", "ben")]
    public async Task HomeAndNetwork_HrSystem_ShowNothingOfAnotherEmployer(string caller, string member)
    {
        const string Query = "query($id: ID!) { member(id: $id) { homeSector { code } networkDiversity } }";

        var result = await world.Api.PostAsync(Query, new { id = world.IdOf("Member", member) }, world.Key(caller));

        result.Data("member", "networkDiversity").ValueKind.ShouldBe(JsonValueKind.Null);
        result.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        if (caller == "trust-hr")
        {
            result.Data("member", "homeSector", "code").GetString().ShouldBe("health");
        }
        else
        {
            // Judged on the council's own employments: none is active today, whatever ben does elsewhere.
            result.Data("member", "homeSector").ValueKind.ShouldBe(JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task Home_OnADay_IsTheDomainsHomeWithNames()
    {
        const string Query = """
            query($id: ID!) { member(id: $id) {
              homeSector { code name } homeOrganisation { name } homeProfession { code }
              then: homeSector(asOf: "2019-06-01") { code }
              networkDiversity
            } }
            """;

        var result = await world.Api.PostAsync(Query, new { id = world.IdOf("Member", "ann") }, world.Key("institute"));

        result.ShouldHaveNoErrors();
        result.Data("member", "homeSector", "code").GetString().ShouldBe("local-government");
        result.Data("member", "homeOrganisation", "name").GetString().ShouldBe("Northshire Council");
        result.Data("member", "homeProfession", "code").GetString().ShouldBe("social-work");
        result.Data("member", "then").ValueKind.ShouldBe(JsonValueKind.Null);
        result.Data("member", "networkDiversity").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Reflections_Administrator_SeesThatTheyExistButNoText()
    {
        var result = await world.Api.PostAsync(Reflections, new { id = world.IdOf("Member", "ann") }, world.Key("admin"));

        result.Data("member", "reflections").GetArrayLength().ShouldBe(3);
        result.Data("member", "reflections").EnumerateArray().ShouldAllBe(r => r.GetProperty("whatDidNotWork").ValueKind == JsonValueKind.Null);
        result.ErrorCodes.Count.ShouldBe(9);
        result.ErrorCodes.ShouldAllBe(c => c == "FORBIDDEN");
        result.Body.ShouldNotContain("secret text");
    }

    [Fact]
    public async Task Reflections_AssessorWithAccess_ReadsOnlySharedOnesWithText()
    {
        var result = await world.Api.PostAsync(Reflections, new { id = world.IdOf("Member", "ann") }, world.Key("institute"));

        result.ShouldHaveNoErrors();
        result.Data("member", "reflections").EnumerateArray().Select(r => r.GetProperty("whatDidNotWork").GetString())
            .ShouldBe(["secret text of ann-shared", "secret text of ann-published"]);
    }

    [Theory]
    [InlineData("guild", "ann")]
    [InlineData("council-hr", "ann")]
    [InlineData("trust-hr", "ben")]
    [InlineData("anonymous", "ann")]
    public async Task Reflections_CallersWithoutAccess_FindNoText(string caller, string member)
    {
        var result = await world.Api.PostAsync(Reflections, new { id = world.IdOf("Member", member) }, world.Key(caller));

        result.Body.ShouldNotContain("secret text");
    }

    [Theory]
    [InlineData("ann", "Experience", "ann-secondment", true)]
    [InlineData("council-hr", "Experience", "ann-secondment", true)]
    [InlineData("trust-hr", "Experience", "ann-secondment", false)]
    [InlineData("council-hr", "Experience", "ben-peer-challenge", false)] // after ben left the council
    [InlineData("trust-hr", "Employment", "ben@council", false)]
    [InlineData("trust-hr", "Employment", "ben@trust", true)]
    [InlineData("admin", "Reflection", "ann-private", true)]
    [InlineData("institute", "Reflection", "ann-private", false)]
    [InlineData("institute", "Reflection", "ann-shared", true)]
    [InlineData("council-hr", "Reflection", "ann-shared", false)]
    public async Task Node_CareerObjects_FollowTheirVisibilityRules(string caller, string typeName, string row, bool allowed)
    {
        var result = await world.Api.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = world.IdOf(typeName, row) }, world.Key(caller));

        if (allowed)
        {
            result.ShouldHaveNoErrors();
            result.Data("node", "id").GetString().ShouldBe(world.IdOf(typeName, row));
        }
        else
        {
            result.Data("node").ValueKind.ShouldBe(JsonValueKind.Null);
            result.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        }
    }

    private static string[] Titles(JsonElement experiences) => [.. experiences.EnumerateArray().Select(x => x.GetProperty("title").GetString()!)];

    private static string[] Strings(JsonElement list) => [.. list.EnumerateArray().Select(x => x.GetString()!)];
}
