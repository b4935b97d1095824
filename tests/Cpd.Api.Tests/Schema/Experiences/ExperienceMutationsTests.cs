using System.Text.Json;
using Cpd.Api.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Experiences;

public sealed partial class ExperienceMutationsTests(ExperienceWorld world) : IClassFixture<ExperienceWorld>
{
    private const string Fields = "experience { id kind title start end fte hours verification version } errors { code message field } clientMutationId";

    private static string Mutation(string name) =>
        $"mutation($input: {char.ToUpperInvariant(name[0])}{name[1..]}Input!) {{ {name}(input: $input) {{ {Fields} }} }}";

    private object Secondment(string? title = "Secondment to the trust", object? fte = null, string? end = null) =>
        new { title, hostOrganisationId = ExperienceWorld.IdOf(world.Host), start = "2025-01-06", end, fte = fte ?? 0.6m, professionCode = "nursing" };

    [Fact]
    public async Task LogSecondment_AsMember_AddsTheExperienceAndAnAuditEntry()
    {
        var result = await world.Api.PostAsync(Mutation("logSecondment"), new { input = new { title = "  Secondment to the trust ", hostOrganisationId = ExperienceWorld.IdOf(world.Host), start = "2025-01-06", fte = 0.6, clientMutationId = "m-1" } }, world.MemberKey);

        result.UserErrors("logSecondment").ShouldBeEmpty();
        result.Data("logSecondment", "clientMutationId").GetString().ShouldBe("m-1");
        var experience = result.Data("logSecondment", "experience");
        experience.GetProperty("kind").GetString().ShouldBe("SECONDMENT");
        experience.GetProperty("title").GetString().ShouldBe("Secondment to the trust");
        experience.GetProperty("end").ValueKind.ShouldBe(JsonValueKind.Null);
        experience.GetProperty("verification").GetString().ShouldBe("SELF_DECLARED");
        GlobalId.TryParse(experience.GetProperty("id").GetString(), "Experience", out var id).ShouldBeTrue();
        var stored = await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == id));
        (stored.MemberId, stored.HostOrganisationId, stored.Fte, stored.Version).ShouldBe((world.Member.Id, (long?)world.Host.Id, (decimal?)0.6m, 0L));
        var audit = await world.Api.ReadAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "logSecondment" && a.TargetId == id));
        (audit.TargetType, audit.ActorRole).ShouldBe(("Experience", "MEMBER"));
    }

    [Fact]
    public async Task LogSecondment_InvalidValues_ReportsEveryDomainErrorAndWritesNothing()
    {
        var before = await world.Api.ReadAsync(db => db.Experiences.CountAsync());
        var result = await world.Api.PostAsync(Mutation("logSecondment"), new { input = new { title = "", hostOrganisationId = ExperienceWorld.IdOf(world.Host), start = "2025-01-06", end = "2024-12-31", fte = 1.5, professionCode = "astrology" } }, world.MemberKey);

        result.UserErrors("logSecondment").ShouldBe([("REQUIRED", "input.title"), ("END_BEFORE_START", "input.end"), ("FTE_OUT_OF_RANGE", "input.fte"), ("UNKNOWN_PROFESSION", "input.professionCode")], ignoreOrder: true);
        result.Data("logSecondment", "experience").ValueKind.ShouldBe(JsonValueKind.Null);
        (await world.Api.ReadAsync(db => db.Experiences.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task LogSecondment_UnknownOrMalformedHost_IsRejectedAtHostOrganisationId()
    {
        var unknown = await world.Api.PostAsync(Mutation("logSecondment"), new { input = new { title = "T", hostOrganisationId = GlobalId.Format("Organisation", 999_999), start = "2025-01-06", fte = 1 } }, world.MemberKey);
        unknown.UserErrors("logSecondment").ShouldBe([("NOT_FOUND", "input.hostOrganisationId")]);
        var malformed = await world.Api.PostAsync(Mutation("logSecondment"), new { input = new { title = "T", hostOrganisationId = GlobalId.Format("Member", 1), start = "2025-01-06", fte = 1 } }, world.MemberKey);
        malformed.UserErrors("logSecondment").ShouldBe([("MALFORMED_ID", "input.hostOrganisationId")]);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task LogSecondment_EachCaller_OnlyAMemberMayLog(string caller)
    {
        var title = $"Secondment logged by {caller}";
        var result = await world.Api.PostAsync(Mutation("logSecondment"), new { input = Secondment(title) }, world.Key(caller));

        var expected = ExperienceWorld.DeniedCode(caller, "member", "other-member");
        result.UserErrors("logSecondment").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await world.Api.ReadAsync(db => db.Experiences.CountAsync(x => x.Title == title))).ShouldBe(expected is null ? 1 : 0);
    }

    [Theory]
    [InlineData("logShadowing", "SHADOWING")]
    [InlineData("logJointWork", "JOINT_WORK")]
    public async Task LogPlacement_OtherKinds_AreLoggedAsTheirKind(string mutation, string kind)
    {
        var result = await world.Api.PostAsync(Mutation(mutation), new { input = Secondment($"A {kind}") }, world.MemberKey);
        result.UserErrors(mutation).ShouldBeEmpty();
        result.Data(mutation, "experience", "kind").GetString().ShouldBe(kind);
        result.Data(mutation, "experience", "fte").GetDecimal().ShouldBe(0.6m);
    }

    [Theory]
    [InlineData("logShadowing")]
    [InlineData("logJointWork")]
    public async Task LogPlacement_OtherKinds_AreValidatedAndRefusedToOthers(string mutation)
    {
        var invalid = await world.Api.PostAsync(Mutation(mutation), new { input = Secondment(fte: 0) }, world.MemberKey);
        invalid.UserErrors(mutation).ShouldBe([("FTE_OUT_OF_RANGE", "input.fte")]);
        var denied = await world.Api.PostAsync(Mutation(mutation), new { input = Secondment() }, world.Key("hr-host"));
        denied.UserErrors(mutation).ShouldBe([("FORBIDDEN", null)]);
    }

    [Fact]
    public async Task LogMentoring_AsMember_RecordsRoleAndCounterpart()
    {
        var result = await world.Api.PostAsync(Mutation("logMentoring"), new { input = new { title = "Mentoring a police inspector", role = "MENTOR", counterpartName = "Insp. Kay", counterpartSectorCode = "policing", counterpartProfessionCode = "policing", start = "2025-03-01", fte = 0.05 } }, world.MemberKey);

        result.UserErrors("logMentoring").ShouldBeEmpty();
        GlobalId.TryParse(result.Data("logMentoring", "experience", "id").GetString(), "Experience", out var id).ShouldBeTrue();
        var stored = await world.Api.ReadAsync(db => db.Experiences.Include(x => x.CounterpartSector).SingleAsync(x => x.Id == id));
        (stored.MentoringRole, stored.CounterpartName, stored.CounterpartSector!.Code).ShouldBe((Domain.Experiences.MentoringRole.Mentor, "Insp. Kay", "policing"));
    }

    [Fact]
    public async Task LogMentoring_InvalidCounterpart_IsRejected()
    {
        var result = await world.Api.PostAsync(Mutation("logMentoring"), new { input = new { title = "Mentoring", role = "MENTEE", counterpartName = " ", counterpartSectorCode = "space", start = "2025-03-01", fte = 0.05 } }, world.MemberKey);
        result.UserErrors("logMentoring").ShouldBe([("REQUIRED", "input.counterpartName"), ("UNKNOWN_SECTOR", "input.counterpartSectorCode")]);
        var denied = await world.Api.PostAsync(Mutation("logMentoring"), new { input = new { title = "Mentoring", role = "MENTEE", counterpartName = "X", counterpartSectorCode = "health", start = "2025-03-01", fte = 0.05 } }, world.Key("admin"));
        denied.UserErrors("logMentoring").ShouldBe([("FORBIDDEN", null)]);
    }

    [Fact]
    public async Task LogPeerChallenge_AsMember_RecordsThePeerOrganisationAndHours()
    {
        var result = await world.Api.PostAsync(Mutation("logPeerChallenge"), new { input = new { title = "LGA peer challenge", role = "REVIEWER", peerOrganisationId = ExperienceWorld.IdOf(world.Council), date = "2025-05-14", hours = 7.5 } }, world.MemberKey);

        result.UserErrors("logPeerChallenge").ShouldBeEmpty();
        var experience = result.Data("logPeerChallenge", "experience");
        (experience.GetProperty("start").GetString(), experience.GetProperty("end").GetString(), experience.GetProperty("hours").GetDecimal()).ShouldBe(("2025-05-14", "2025-05-14", 7.5m));
        GlobalId.TryParse(experience.GetProperty("id").GetString(), "Experience", out var id).ShouldBeTrue();
        (await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == id))).HostOrganisationId.ShouldBe(world.Council.Id);
    }

    [Fact]
    public async Task LogPeerChallenge_BadHoursOrPeer_IsRejected()
    {
        var hours = await world.Api.PostAsync(Mutation("logPeerChallenge"), new { input = new { title = "Peer challenge", role = "HOST", peerOrganisationId = ExperienceWorld.IdOf(world.Council), date = "2025-05-14", hours = 0 } }, world.MemberKey);
        hours.UserErrors("logPeerChallenge").ShouldBe([("HOURS_OUT_OF_RANGE", "input.hours")]);
        var peer = await world.Api.PostAsync(Mutation("logPeerChallenge"), new { input = new { title = "Peer challenge", role = "HOST", peerOrganisationId = "bad", date = "2025-05-14", hours = 3 } }, world.MemberKey);
        peer.UserErrors("logPeerChallenge").ShouldBe([("MALFORMED_ID", "input.peerOrganisationId")]);
        var unknown = await world.Api.PostAsync(Mutation("logPeerChallenge"), new { input = new { title = "Peer challenge", role = "HOST", peerOrganisationId = GlobalId.Format("Organisation", 888_888), date = "2025-05-14", hours = 3 } }, world.MemberKey);
        unknown.UserErrors("logPeerChallenge").ShouldBe([("NOT_FOUND", "input.peerOrganisationId")]);
        var denied = await world.Api.PostAsync(Mutation("logPeerChallenge"), new { input = new { title = "Peer challenge", role = "HOST", peerOrganisationId = ExperienceWorld.IdOf(world.Council), date = "2025-05-14", hours = 3 } }, world.Key("assessor-with-access"));
        denied.UserErrors("logPeerChallenge").ShouldBe([("FORBIDDEN", null)]);
    }

    [Fact]
    public async Task LogLearningEvent_AsMember_RecordsCategoriesAndSectors()
    {
        var result = await world.Api.PostAsync(Mutation("logLearningEvent"), new { input = new { title = "Integrated care summit", date = "2025-06-02", hours = 6, categories = new[] { "participatory" }, sectorsInvolved = new[] { "health", "social-care" } } }, world.MemberKey);

        result.UserErrors("logLearningEvent").ShouldBeEmpty();
        GlobalId.TryParse(result.Data("logLearningEvent", "experience", "id").GetString(), "Experience", out var id).ShouldBeTrue();
        var stored = await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == id));
        stored.Categories.ShouldBe(["participatory"]);
        stored.SectorsInvolved.ShouldBe(["health", "social-care"]);
        stored.Hours.ShouldBe(6m);
    }

    [Fact]
    public async Task LogLearningEvent_UnknownOrRepeatedCodes_AreRejectedAtTheirIndex()
    {
        var result = await world.Api.PostAsync(Mutation("logLearningEvent"), new { input = new { title = "Summit", date = "2025-06-02", hours = 6, categories = new[] { "juggling" }, sectorsInvolved = new[] { "health", "health" } } }, world.MemberKey);
        result.UserErrors("logLearningEvent").ShouldBe([("UNKNOWN_LEARNING_CATEGORY", "input.categories.0"), ("DUPLICATE_VALUE", "input.sectorsInvolved.1")]);
        var denied = await world.Api.PostAsync(Mutation("logLearningEvent"), new { input = new { title = "Summit", date = "2025-06-02", hours = 6, categories = Array.Empty<string>(), sectorsInvolved = Array.Empty<string>() } }, null);
        denied.UserErrors("logLearningEvent").ShouldBe([("UNAUTHENTICATED", null)]);
    }

    [Fact]
    public async Task LogCpdActivity_AsMember_IsLoggedAndValidated()
    {
        var result = await world.Api.PostAsync(Mutation("logCpdActivity"), new { input = new { title = "Reading on systems leadership", date = "2025-07-01", hours = 2.25, categories = new[] { "self-directed" } } }, world.MemberKey);
        result.UserErrors("logCpdActivity").ShouldBeEmpty();
        result.Data("logCpdActivity", "experience", "kind").GetString().ShouldBe("CPD_ACTIVITY");
        var invalid = await world.Api.PostAsync(Mutation("logCpdActivity"), new { input = new { title = "Reading", date = "2025-07-01", hours = 20_000, categories = Array.Empty<string>() } }, world.MemberKey);
        invalid.UserErrors("logCpdActivity").ShouldBe([("HOURS_OUT_OF_RANGE", "input.hours")]);
        var denied = await world.Api.PostAsync(Mutation("logCpdActivity"), new { input = new { title = "Reading", date = "2025-07-01", hours = 2, categories = Array.Empty<string>() } }, world.Key("hr-other"));
        denied.UserErrors("logCpdActivity").ShouldBe([("FORBIDDEN", null)]);
    }
}
