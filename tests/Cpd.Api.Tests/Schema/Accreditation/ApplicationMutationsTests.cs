using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Accreditation;

public sealed class ApplicationMutationsTests(ProgressionWorld world) : IClassFixture<ProgressionWorld>
{
    private const string Apply = """
        mutation($input: ApplyForAccreditationInput!) { applyForAccreditation(input: $input) {
          application { id status submittedOn version scheme { code } schemeVersion { number } snapshot { asOf eligible summary reportJson } decision reason award { id } }
          errors { code field } clientMutationId } }
        """;

    private const string Decide = """
        mutation($input: DecideApplicationInput!) { decideApplication(input: $input) {
          application { id status decision reason decidedAt version award { id } }
          award { id awardedOn expiresOn current scheme { code } schemeVersion { number } }
          errors { code field } } }
        """;

    [Fact]
    public async Task ApplyForAccreditation_EligibleMember_SnapshotsTheReportAndAnAssessorAwardsIt()
    {
        var applied = await world.Api.PostAsync(Apply, new { input = new { schemeId = world.SchemeId("simple"), clientMutationId = "apply-1" } }, world.Key("ann"));

        applied.UserErrors("applyForAccreditation").ShouldBeEmpty();
        var application = applied.Data("applyForAccreditation", "application");
        application.GetProperty("status").GetString().ShouldBe("PENDING");
        application.GetProperty("submittedOn").GetString().ShouldBe("2026-11-22");
        application.GetProperty("scheme").GetProperty("code").GetString().ShouldBe("simple-cross-sector");
        application.GetProperty("schemeVersion").GetProperty("number").GetInt32().ShouldBe(1);
        application.GetProperty("decision").ValueKind.ShouldBe(JsonValueKind.Null);
        var snapshot = application.GetProperty("snapshot");
        snapshot.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        snapshot.GetProperty("asOf").GetString().ShouldBe("2026-11-22");
        snapshot.GetProperty("summary").GetString()!.ShouldStartWith("Eligible for");
        using (var report = JsonDocument.Parse(snapshot.GetProperty("reportJson").GetString()!))
        {
            report.RootElement.GetProperty("requirement").GetProperty("requirementId").GetString().ShouldBe("sector-time");
            report.RootElement.GetProperty("requirement").GetProperty("evidence")[0].GetInt64().ShouldBe(world["ann-secondment"]);
        }

        applied.Data("applyForAccreditation", "clientMutationId").GetString().ShouldBe("apply-1");
        (await world.Api.PostAsync(Apply, new { input = new { schemeId = world.SchemeId("simple") } }, world.Key("ann"))).UserErrors("applyForAccreditation")
            .ShouldBe([("APPLICATION_PENDING", "input.schemeId")]);

        var id = application.GetProperty("id").GetString()!;
        var version = application.GetProperty("version").GetInt64();
        var decided = await world.Api.PostAsync(Decide, new { input = new { applicationId = id, decision = "AWARD", expectedVersion = version } }, world.Key("institute"));
        decided.UserErrors("decideApplication").ShouldBeEmpty();
        decided.Data("decideApplication", "application", "status").GetString().ShouldBe("AWARDED");
        decided.Data("decideApplication", "application", "decision").GetString().ShouldBe("AWARD");
        decided.Data("decideApplication", "application", "reason").ValueKind.ShouldBe(JsonValueKind.Null);
        decided.Data("decideApplication", "application", "version").GetInt64().ShouldBe(version + 1);
        var award = decided.Data("decideApplication", "award");
        award.GetProperty("awardedOn").GetString().ShouldBe("2026-11-22");
        award.GetProperty("expiresOn").GetString().ShouldBe("2029-11-22");
        award.GetProperty("current").GetBoolean().ShouldBeTrue();
        award.GetProperty("schemeVersion").GetProperty("number").GetInt32().ShouldBe(1);

        var member = await world.Api.PostAsync("query($id: ID!) { member(id: $id) { applications { id status award { id } } accreditations { id scheme { code } } } }",
            new { id = world.MemberId("ann") }, world.Key("ann"));
        member.Data("member", "accreditations").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldContain(award.GetProperty("id").GetString());
        member.Data("member", "applications").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id)
            .GetProperty("award").GetProperty("id").GetString().ShouldBe(award.GetProperty("id").GetString());
        var audited = await world.Api.ReadAsync(db => db.AuditEntries.Where(a => a.Action == "applyForAccreditation" || a.Action == "decideApplication").Select(a => a.Action).ToListAsync());
        audited.ShouldContain("applyForAccreditation");
        audited.ShouldContain("decideApplication");

        (await world.Api.PostAsync(Decide, new { input = new { applicationId = id, decision = "REFUSE", reason = "Again" } }, world.Key("institute"))).UserErrors("decideApplication")
            .ShouldBe([("ALREADY_DECIDED", "input.applicationId")]);
        (await world.Api.PostAsync(Decide, new { input = new { applicationId = id, decision = "REFUSE", reason = "Stale", expectedVersion = version } }, world.Key("institute")))
            .UserErrors("decideApplication").ShouldBe([("CONFLICT", "input.expectedVersion")]);
    }

    [Fact]
    public async Task DecideApplication_AwardOfANotEligibleSnapshot_NeedsAnOverrideReason()
    {
        var member = await MemberKeyAsync(0);
        var id = await ApplyAsync("reference", member, eligible: false);

        (await world.Api.PostAsync(Decide, new { input = new { applicationId = id, decision = "AWARD" } }, world.Key("institute"))).UserErrors("decideApplication")
            .ShouldBe([("NOT_ELIGIBLE", "input.reason")]);
        var decided = await world.Api.PostAsync(Decide, new { input = new { applicationId = id, decision = "AWARD", reason = "  Equivalent experience abroad  " } }, world.Key("institute"));

        decided.UserErrors("decideApplication").ShouldBeEmpty();
        decided.Data("decideApplication", "application", "reason").GetString().ShouldBe("Equivalent experience abroad");
        decided.Data("decideApplication", "award", "expiresOn").GetString().ShouldBe("2029-11-22");
        decided.Data("decideApplication", "award", "scheme", "code").GetString().ShouldBe("place-leadership-reference");
    }

    [Fact]
    public async Task DecideApplication_Refusal_NeedsAReasonAndMakesNoAward()
    {
        var id = await ApplyAsync("simple", await MemberKeyAsync(1), eligible: false);

        (await world.Api.PostAsync(Decide, new { input = new { applicationId = id, decision = "REFUSE", reason = " " } }, world.Key("institute"))).UserErrors("decideApplication")
            .ShouldBe([("REQUIRED", "input.reason")]);
        var refused = await world.Api.PostAsync(Decide, new { input = new { applicationId = id, decision = "REFUSE", reason = "Secondments are not attested yet." } }, world.Key("admin"));

        refused.UserErrors("decideApplication").ShouldBeEmpty();
        refused.Data("decideApplication", "application", "status").GetString().ShouldBe("REFUSED");
        refused.Data("decideApplication", "application", "reason").GetString().ShouldBe("Secondments are not attested yet.");
        refused.Data("decideApplication", "application", "award").ValueKind.ShouldBe(JsonValueKind.Null);
        refused.Data("decideApplication", "award").ValueKind.ShouldBe(JsonValueKind.Null);
        (await world.Api.ReadAsync(db => db.Awards.CountAsync(a => a.ApplicationId == GlobalIdOf(id)))).ShouldBe(0);
    }

    [Theory]
    [InlineData("ann", "FORBIDDEN")]
    [InlineData("guild", "FORBIDDEN")]
    [InlineData("council-hr", "FORBIDDEN")]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    public async Task DecideApplication_CallerNotOfTheBody_IsRefusedAndNothingChanges(string caller, string code)
    {
        // Four runs over two crowd members and two schemes, so that no run meets another's pending application.
        var run = Array.IndexOf(new[] { "ann", "guild", "council-hr", "anonymous" }, caller);
        var id = await ApplyAsync(run < 2 ? "simple" : "reference", await MemberKeyAsync(2 + (run % 2)), eligible: false);

        (await world.Api.PostAsync(Decide, new { input = new { applicationId = id, decision = "REFUSE", reason = "No" } }, world.Key(caller))).UserErrors("decideApplication")
            .ShouldBe([(code, null)]);
        (await world.Api.ReadAsync(db => db.Applications.SingleAsync(a => a.Id == GlobalIdOf(id)))).Status.ShouldBe(Domain.Accreditation.ApplicationStatus.Pending);
    }

    [Theory]
    [InlineData("bogus", "MALFORMED_ID")]
    [InlineData("QXBwbGljYXRpb246OTk5OTk5", "NOT_FOUND")]
    public async Task DecideApplication_UnknownApplication_IsRejectedAtApplicationId(string id, string code)
    {
        (await world.Api.PostAsync(Decide, new { input = new { applicationId = id, decision = "AWARD" } }, world.Key("institute"))).UserErrors("decideApplication")
            .ShouldBe([(code, "input.applicationId")]);
    }

    [Theory]
    [InlineData("institute", "FORBIDDEN")]
    [InlineData("council-hr", "FORBIDDEN")]
    [InlineData("admin", "FORBIDDEN")]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    public async Task ApplyForAccreditation_CallerNotAMember_IsRefused(string caller, string code)
    {
        (await world.Api.PostAsync(Apply, new { input = new { schemeId = world.SchemeId("simple") } }, world.Key(caller))).UserErrors("applyForAccreditation")
            .ShouldBe([(code, null)]);
    }

    [Fact]
    public async Task ApplyForAccreditation_BadSchemes_AreRejectedAtSchemeId()
    {
        var future = await world.Api.ReadAsync(async db =>
        {
            var scheme = new SchemeRecord { Id = 900_001, BodyId = world["institute"], Code = "future-scheme", Name = "Future" };
            db.AddRange(scheme, new SchemeVersionRecord
            {
                Id = 900_002, SchemeId = scheme.Id, Number = 1, EffectiveFrom = new LocalDate(2030, 1, 1), Validity = Period.FromYears(1),
                RequirementJson = """{"networkDiversity":{"id":"n","minimumSectors":1}}""", PublishedAt = ApiServer.Start,
            });
            await db.SaveChangesAsync();
            return GlobalId.Format("Scheme", scheme.Id);
        });
        async Task<IReadOnlyList<(string, string?)>> ErrorsAsync(string schemeId) =>
            (await world.Api.PostAsync(Apply, new { input = new { schemeId } }, world.Key("cat"))).UserErrors("applyForAccreditation");

        (await ErrorsAsync("bogus")).ShouldBe([("MALFORMED_ID", "input.schemeId")]);
        (await ErrorsAsync(GlobalId.Format("Scheme", 999_999))).ShouldBe([("NOT_FOUND", "input.schemeId")]);
        (await ErrorsAsync(future)).ShouldBe([("NO_EFFECTIVE_VERSION", "input.schemeId")]);
        (await world.Api.ReadAsync(db => db.Applications.CountAsync(a => a.MemberId == world["cat"]))).ShouldBe(0);
    }

    [Fact]
    public async Task ApplyForAccreditation_GivesTheBodysAssessorsAccessToTheMember()
    {
        const string Check = "query($member: ID!, $scheme: ID!) { progressionCheck(memberId: $member, schemeId: $scheme) { eligible } }";
        var member = await world.Api.KeyAsync(CallerRole.Member, world.Crowd[4]);
        var variables = new { member = GlobalId.Format("Member", world.Crowd[4]), scheme = world.SchemeId("reference") };
        var cat = new { member = world.MemberId("cat"), scheme = world.SchemeId("reference") };
        (await world.Api.PostAsync(Check, cat, world.Key("institute"))).ErrorCodes.ShouldBe(["FORBIDDEN"]);

        (await world.Api.PostAsync(Apply, new { input = new { schemeId = world.SchemeId("reference") } }, world.Key("cat"))).UserErrors("applyForAccreditation").ShouldBeEmpty();

        (await world.Api.PostAsync(Check, cat, world.Key("institute"))).ShouldHaveNoErrors();
        (await world.Api.PostAsync(Check, cat, world.Key("guild"))).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await world.Api.PostAsync(Check, variables, member)).ShouldHaveNoErrors();
    }

    [Theory]
    [InlineData("ann", true, true)]
    [InlineData("institute", true, true)]
    [InlineData("admin", true, true)]
    [InlineData("council-hr", false, false)]
    public async Task Member_ApplicationsAndAccreditations_FollowWhoMaySeeWhat(string caller, bool applications, bool accreditations)
    {
        var response = await world.Api.PostAsync(
            "query($id: ID!) { member(id: $id) { applications { id status snapshot { eligible summary reportJson } } accreditations { id current expiresOn } } }",
            new { id = world.MemberId("ann") }, world.Key(caller));

        response.ShouldHaveNoErrors();
        var seeded = GlobalId.Format("Application", world["ann-application"]);
        response.Data("member", "applications").EnumerateArray().Any(a => a.GetProperty("id").GetString() == seeded).ShouldBe(applications);
        response.Data("member", "accreditations").EnumerateArray().Any(a => a.GetProperty("id").GetString() == GlobalId.Format("Award", world["ann-award"])).ShouldBe(accreditations);
        if (applications)
        {
            // A row stored without a report reads as a not-eligible, empty snapshot.
            var stored = response.Data("member", "applications").EnumerateArray().Single(a => a.GetProperty("id").GetString() == seeded).GetProperty("snapshot");
            stored.GetProperty("eligible").GetBoolean().ShouldBeFalse();
            stored.GetProperty("reportJson").GetString().ShouldBe("{}");
        }
    }

    [Fact]
    public async Task Node_Application_FollowsTheApplicationRule()
    {
        var id = GlobalId.Format("Application", world["ann-application"]);
        const string Node = "query($id: ID!) { node(id: $id) { ... on Application { status } } }";

        (await world.Api.PostAsync(Node, new { id }, world.Key("institute"))).Data("node", "status").GetString().ShouldBe("AWARDED");
        (await world.Api.PostAsync(Node, new { id }, world.Key("guild"))).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await world.Api.PostAsync(Node, new { id }, world.Key("council-hr"))).ErrorCodes.ShouldBe(["FORBIDDEN"]);
    }

    private static long GlobalIdOf(string id) => GlobalId.TryParse(id, "Application", out var value) ? value : 0;

    private Task<string> MemberKeyAsync(int crowd) => world.Api.KeyAsync(CallerRole.Member, world.Crowd[crowd]);

    private async Task<string> ApplyAsync(string scheme, string key, bool eligible)
    {
        var applied = await world.Api.PostAsync(Apply, new { input = new { schemeId = world.SchemeId(scheme) } }, key);
        applied.UserErrors("applyForAccreditation").ShouldBeEmpty();
        applied.Data("applyForAccreditation", "application", "snapshot", "eligible").GetBoolean().ShouldBe(eligible);
        return applied.Data("applyForAccreditation", "application", "id").GetString()!;
    }
}
