using System.Text.Json;
using Cpd.Api.Schema.Common;

namespace Cpd.Api.Tests.Schema.Accreditation;

public sealed class ProgressionQueriesTests(ProgressionWorld world) : IClassFixture<ProgressionWorld>
{
    private const string Check = """
        query($member: ID!, $scheme: ID!, $asOf: Date, $version: Int) {
          progressionCheck(memberId: $member, schemeId: $scheme, asOf: $asOf, versionNumber: $version) {
            member { id displayName } scheme { code } schemeVersion { number } asOf eligible eligibleFrom eligibleUntil horizonEnd summary
            requirement { requirementId kind children { requirementId } }
            requirements {
              requirementId kind description status met measured target unit shortfall windowStart projectedMetOn currentFte crossBoundaryShare
              metDuring { start end } periodTotals { start end hours shortfall } evidenceIds evidence { id title } explanation
              excluded { experience { id } reason wouldAdd daysWithoutHome } children { requirementId }
            }
          }
        }
        """;

    private const string Eligibility = """
        query($scheme: ID!, $first: Int, $after: String, $last: Int, $before: String, $where: EligibilityFilterInput) {
          eligibility(schemeId: $scheme, first: $first, after: $after, last: $last, before: $before, where: $where) {
            edges { cursor node { member { id displayName } eligible schemeVersion { number } } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task ProgressionCheck_MemberMeetingTheScheme_IsEligibleWithEvidenceExplanationAndProjection()
    {
        var response = await world.Api.PostAsync(Check, new { member = world.MemberId("ann"), scheme = world.SchemeId("simple") }, world.Key("ann"));

        response.ShouldHaveNoErrors();
        var report = response.Data("progressionCheck");
        report.GetProperty("member").GetProperty("displayName").GetString().ShouldBe("Ann Adeyemi");
        report.GetProperty("scheme").GetProperty("code").GetString().ShouldBe("simple-cross-sector");
        report.GetProperty("asOf").GetString().ShouldBe("2026-11-22");
        report.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        report.GetProperty("eligibleFrom").GetString().ShouldBe("2026-11-22");
        // 182 days at 0.6 FTE = 109.2 FTE-days; once 16 of them leave the five-year window, 99.6 < 100.
        report.GetProperty("eligibleUntil").GetString().ShouldBe("2029-01-15");
        report.GetProperty("summary").GetString()!.ShouldStartWith("Eligible for");
        var leaf = report.GetProperty("requirements")[0];
        leaf.GetProperty("requirementId").GetString().ShouldBe("sector-time");
        leaf.GetProperty("kind").GetString().ShouldBe("CROSS_BOUNDARY_TIME");
        leaf.GetProperty("status").GetString().ShouldBe("MET");
        leaf.GetProperty("unit").GetString().ShouldBe("FTE_DAYS");
        leaf.GetProperty("measured").GetDecimal().ShouldBe(109.2m);
        leaf.GetProperty("target").GetDecimal().ShouldBe(100m);
        leaf.GetProperty("shortfall").GetDecimal().ShouldBe(0m);
        leaf.GetProperty("windowStart").GetString().ShouldBe("2021-11-23");
        leaf.GetProperty("evidenceIds").EnumerateArray().Select(e => e.GetString()).ShouldBe([world.ExperienceId("ann-secondment")]);
        leaf.GetProperty("evidence")[0].GetProperty("title").GetString().ShouldBe("Secondment to the trust");
        leaf.GetProperty("explanation").GetString()!.ShouldNotBeNullOrWhiteSpace();
        leaf.GetProperty("metDuring")[0].GetProperty("end").GetString().ShouldBe("2029-01-15");
    }

    [Fact]
    public async Task ProgressionCheck_ReferenceScheme_ExplainsShortfallsAndWhatUnverifiedExperienceWouldAdd()
    {
        var response = await world.Api.PostAsync(Check, new { member = world.MemberId("ben"), scheme = world.SchemeId("reference") }, world.Key("ben"));

        response.ShouldHaveNoErrors();
        var report = response.Data("progressionCheck");
        report.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        report.GetProperty("eligibleUntil").ValueKind.ShouldBe(JsonValueKind.Null);
        report.GetProperty("schemeVersion").GetProperty("number").GetInt32().ShouldBe(1);
        report.GetProperty("requirement").GetProperty("kind").GetString().ShouldBe("ALL_OF");
        report.GetProperty("requirement").GetProperty("children").GetArrayLength().ShouldBe(6);
        var requirements = report.GetProperty("requirements").EnumerateArray().ToDictionary(r => r.GetProperty("requirementId").GetString()!);
        requirements.Count.ShouldBe(9);
        var time = requirements["cross-sector-time"];
        time.GetProperty("status").GetString().ShouldBe("NOT_MET");
        time.GetProperty("measured").GetDecimal().ShouldBe(0m);
        time.GetProperty("shortfall").GetDecimal().ShouldBe(182m);
        var excluded = time.GetProperty("excluded").EnumerateArray().Single();
        excluded.GetProperty("experience").GetProperty("id").GetString().ShouldBe(world.ExperienceId("ben-joint-work"));
        excluded.GetProperty("reason").GetString().ShouldBe("BELOW_VERIFICATION_LEVEL");
        excluded.GetProperty("wouldAdd").GetDecimal().ShouldBe(30.5m);
        requirements["peer-challenge"].GetProperty("status").GetString().ShouldBe("MET");
        requirements["learning-hours"].GetProperty("periodTotals").GetArrayLength().ShouldBe(3);
        requirements["learning-hours"].GetProperty("unit").GetString().ShouldBe("HOURS");
    }

    [Fact]
    public async Task ProgressionCheck_VersionAndDate_PickTheEffectiveOrNumberedVersion()
    {
        async Task<JsonElement> VersionAsync(string? asOf, int? version)
        {
            var response = await world.Api.PostAsync(Check, new { member = world.MemberId("ann"), scheme = world.SchemeId("reference"), asOf, version }, world.Key("ann"));
            response.ShouldHaveNoErrors();
            return response.Data("progressionCheck");
        }

        (await VersionAsync("2026-12-31", null)).GetProperty("schemeVersion").GetProperty("number").GetInt32().ShouldBe(1);
        var later = await VersionAsync("2027-01-01", null);
        later.GetProperty("schemeVersion").GetProperty("number").GetInt32().ShouldBe(2);
        later.GetProperty("asOf").GetString().ShouldBe("2027-01-01");
        (await VersionAsync(null, 2)).GetProperty("schemeVersion").GetProperty("number").GetInt32().ShouldBe(2);
        var v2 = (await VersionAsync(null, 2)).GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("requirementId").GetString() == "cross-sector-time");
        v2.GetProperty("target").GetDecimal().ShouldBe(273m);
    }

    [Theory]
    [InlineData("2024-12-31", null, "NO_EFFECTIVE_VERSION")]
    [InlineData(null, 9, "NOT_FOUND")]
    [InlineData("1066-10-14", null, "DATE_OUT_OF_RANGE")]
    public async Task ProgressionCheck_NoSuchVersion_IsNullWithTheCode(string? asOf, int? version, string code)
    {
        var response = await world.Api.PostAsync(Check, new { member = world.MemberId("ann"), scheme = world.SchemeId("reference"), asOf, version }, world.Key("ann"));

        response.Data("progressionCheck").ValueKind.ShouldBe(JsonValueKind.Null);
        response.ErrorCodes.ShouldBe([code]);
    }

    [Theory]
    [InlineData("ann", "ann", true)]
    [InlineData("ann", "ben", false)]
    [InlineData("institute", "ann", true)]
    [InlineData("institute", "ben", false)]
    [InlineData("guild", "ben", false)]
    [InlineData("council-hr", "ann", false)]
    [InlineData("trust-hr", "ben", false)]
    [InlineData("admin", "cat", true)]
    public async Task ProgressionCheck_Caller_IsAllowedOnlyForSelfAssessorsOfTheBodyWithAccessAndAdmins(string caller, string member, bool allowed)
    {
        var response = await world.Api.PostAsync(Check, new { member = world.MemberId(member), scheme = world.SchemeId("simple") }, world.Key(caller));

        if (allowed)
        {
            response.ShouldHaveNoErrors();
            response.Data("progressionCheck", "member", "id").GetString().ShouldBe(world.MemberId(member));
        }
        else
        {
            response.Data("progressionCheck").ValueKind.ShouldBe(JsonValueKind.Null);
            response.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        }
    }

    [Fact]
    public async Task ProgressionCheck_BadIdsAndAnonymous_AreNullWithCodes()
    {
        async Task<IReadOnlyList<string?>> CodesAsync(string member, string scheme, string? key) =>
            (await world.Api.PostAsync(Check, new { member, scheme }, key)).ErrorCodes;

        (await CodesAsync(world.MemberId("ann"), world.SchemeId("simple"), null)).ShouldBe(["UNAUTHENTICATED"]);
        (await CodesAsync("not-an-id", world.SchemeId("simple"), world.Key("ann"))).ShouldBe(["MALFORMED_ID"]);
        (await CodesAsync(world.MemberId("ann"), world.MemberId("ann"), world.Key("ann"))).ShouldBe(["MALFORMED_ID"]);
        (await CodesAsync(world.MemberId("ann"), GlobalId.Format("Scheme", 999_999), world.Key("ann"))).ShouldBe(["NOT_FOUND"]);
        (await CodesAsync(GlobalId.Format("Member", 999_999), world.SchemeId("simple"), world.Key("admin"))).ShouldBe(["NOT_FOUND"]);
        (await CodesAsync(GlobalId.Format("Member", 999_999), world.SchemeId("simple"), world.Key("institute"))).ShouldBe(["FORBIDDEN"]);
    }

    [Fact]
    public async Task SchemeVersion_Requirement_IsTheTypedTreeAndCurrentVersionFollowsTheDate()
    {
        var response = await world.Api.PostAsync("""
            query($id: ID!) { scheme(id: $id) {
              now: currentVersion { number }
              later: currentVersion(asOf: "2027-06-01") { number }
              before: currentVersion(asOf: "2024-01-01") { number }
              versions { requirement { id kind children { id kind boundary minimumDays minimum window { kind period } kinds minimumVerification minimumSectors
                minimumHours minimumEachPeriod { minimumHours period } crossBoundaryShare minimumShare children { id kind minimumSectors } } } }
            } }
            """, new { id = world.SchemeId("reference") }, world.Key("cat"));

        response.ShouldHaveNoErrors();
        var scheme = response.Data("scheme");
        scheme.GetProperty("now").GetProperty("number").GetInt32().ShouldBe(1);
        scheme.GetProperty("later").GetProperty("number").GetInt32().ShouldBe(2);
        scheme.GetProperty("before").ValueKind.ShouldBe(JsonValueKind.Null);
        var root = scheme.GetProperty("versions")[0].GetProperty("requirement");
        root.GetProperty("kind").GetString().ShouldBe("ALL_OF");
        var time = root.GetProperty("children")[0];
        time.GetProperty("kind").GetString().ShouldBe("CROSS_BOUNDARY_TIME");
        time.GetProperty("boundary").GetString().ShouldBe("SECTOR");
        time.GetProperty("minimumDays").GetDecimal().ShouldBe(182m);
        time.GetProperty("window").GetProperty("kind").GetString().ShouldBe("ROLLING");
        time.GetProperty("window").GetProperty("period").GetString().ShouldBe("P5Y");
        time.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).ShouldBe(["SECONDMENT", "JOINT_WORK", "SHADOWING"]);
        time.GetProperty("minimumVerification").GetString().ShouldBe("ATTESTED");
        time.GetProperty("minimumSectors").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("children")[3].GetProperty("children")[1].GetProperty("minimumSectors").GetInt32().ShouldBe(4);
        var learning = root.GetProperty("children")[4];
        learning.GetProperty("minimumEachPeriod").GetProperty("period").GetString().ShouldBe("P1Y");
        learning.GetProperty("crossBoundaryShare").GetDecimal().ShouldBe(0.25m);
    }

    [Fact]
    public async Task Eligibility_Assessor_PagesMembersWithAccessByNameWithCursors()
    {
        var first = await world.Api.PostAsync(Eligibility, new { scheme = world.SchemeId("simple"), first = 4 }, world.Key("institute"));

        first.ShouldHaveNoErrors();
        var names = first.Data("eligibility", "edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("member").GetProperty("displayName").GetString()).ToList();
        names.ShouldBe(["Ann Adeyemi", "Crowd member 000", "Crowd member 001", "Crowd member 002"]);
        first.Data("eligibility", "edges", 0, "node", "eligible").GetBoolean().ShouldBeTrue();
        first.Data("eligibility", "pageInfo", "hasNextPage").GetBoolean().ShouldBeTrue();

        var second = await world.Api.PostAsync(Eligibility, new { scheme = world.SchemeId("simple"), first = 4, after = first.Data("eligibility", "pageInfo", "endCursor").GetString() }, world.Key("institute"));
        second.Data("eligibility", "edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("member").GetProperty("displayName").GetString())
            .ShouldBe(["Crowd member 003", "Crowd member 004"]);
        second.Data("eligibility", "pageInfo", "hasNextPage").GetBoolean().ShouldBeFalse();
        second.Data("eligibility", "pageInfo", "hasPreviousPage").GetBoolean().ShouldBeTrue();

        var back = await world.Api.PostAsync(Eligibility, new { scheme = world.SchemeId("simple"), last = 2, before = second.Data("eligibility", "pageInfo", "startCursor").GetString() }, world.Key("institute"));
        back.Data("eligibility", "edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("member").GetProperty("displayName").GetString())
            .ShouldBe(["Crowd member 001", "Crowd member 002"]);
    }

    [Fact]
    public async Task Eligibility_WhereEligible_KeepsOnlyMatchingMembersAndCountsThem()
    {
        const string Counted = "query($scheme: ID!, $where: EligibilityFilterInput) { eligibility(schemeId: $scheme, where: $where) { totalCount nodes { member { displayName } eligible } } }";

        var eligible = await world.Api.PostAsync(Counted, new { scheme = world.SchemeId("simple"), where = new { eligible = true } }, world.Key("institute"));
        eligible.ShouldHaveNoErrors();
        eligible.Data("eligibility", "totalCount").GetInt32().ShouldBe(1);
        eligible.Data("eligibility", "nodes", 0, "member", "displayName").GetString().ShouldBe("Ann Adeyemi");

        var ineligible = await world.Api.PostAsync(Counted, new { scheme = world.SchemeId("simple"), where = new { eligible = false } }, world.Key("institute"));
        ineligible.Data("eligibility", "totalCount").GetInt32().ShouldBe(5);
        ineligible.Data("eligibility", "nodes").EnumerateArray().ShouldAllBe(n => !n.GetProperty("eligible").GetBoolean());

        var all = await world.Api.PostAsync("query($scheme: ID!) { eligibility(schemeId: $scheme) { totalCount } }", new { scheme = world.SchemeId("simple") }, world.Key("admin"));
        all.Data("eligibility", "totalCount").GetInt32().ShouldBe(6);
    }

    [Theory]
    [InlineData("ann", "FORBIDDEN")]
    [InlineData("council-hr", "FORBIDDEN")]
    [InlineData("guild", "FORBIDDEN")]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    public async Task Eligibility_CallerWithoutTheBody_IsRefused(string caller, string code)
    {
        var response = await world.Api.PostAsync(Eligibility, new { scheme = world.SchemeId("simple"), first = 2 }, world.Key(caller));

        response.ErrorCodes.ShouldBe([code]);
        response.Json.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Eligibility_Admin_SeesTheSameMembersWithAccessButNotTheExpiredGrant()
    {
        var response = await world.Api.PostAsync(Eligibility, new { scheme = world.SchemeId("simple"), first = 100 }, world.Key("admin"));

        response.ShouldHaveNoErrors();
        var ids = response.Data("eligibility", "edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("member").GetProperty("id").GetString()).ToList();
        ids.Count.ShouldBe(6);
        ids.ShouldNotContain(GlobalId.Format("Member", world.Expired));
        ids.ShouldNotContain(world.MemberId("ben"));
    }

    [Theory]
    [InlineData(101, null, "INVALID_PAGING")]
    [InlineData(2, "bogus", "INVALID_CURSOR")]
    public async Task Eligibility_BadPaging_IsAnErrorWithTheCode(int first, string? after, string code)
    {
        var response = await world.Api.PostAsync(Eligibility, new { scheme = world.SchemeId("simple"), first, after }, world.Key("institute"));

        response.ErrorCodes.ShouldBe([code]);
    }

    [Fact]
    public async Task Eligibility_SchemeWithoutEffectiveVersionOrUnknown_IsAnError()
    {
        var none = await world.Api.PostAsync("query($scheme: ID!) { eligibility(schemeId: $scheme, asOf: \"2019-01-01\") { totalCount } }", new { scheme = world.SchemeId("simple") }, world.Key("institute"));
        none.ErrorCodes.ShouldBe(["NO_EFFECTIVE_VERSION"]);
        var unknown = await world.Api.PostAsync("query($scheme: ID!) { eligibility(schemeId: $scheme) { totalCount } }", new { scheme = GlobalId.Format("Scheme", 999_999) }, world.Key("institute"));
        unknown.ErrorCodes.ShouldBe(["NOT_FOUND"]);
    }
}
