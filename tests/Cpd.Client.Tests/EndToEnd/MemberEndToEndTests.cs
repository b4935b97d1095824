using Cpd.Api.Persistence.Entities;
using Cpd.Client.Errors;
using Cpd.Client.Models;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>Members' own tools logging experiences, and reading members, through the client against the real API.</summary>
public sealed class MemberEndToEndTests(EndToEndWorld world) : IClassFixture<EndToEndWorld>
{
    [Fact]
    public async Task LogSecondmentAsync_AsTheMember_RecordsItAndGetMemberAsyncShowsIt()
    {
        using var ada = world.Client(world.AdaKey);

        var result = await ada.LogSecondmentAsync(new NewHostedExperience("Hospital discharge team", world.TrustId, new DateOnly(2026, 1, 5), 0.6m) { End = new DateOnly(2026, 6, 30) });

        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors));
        var experience = result.Value;
        experience.Kind.ShouldBe(ExperienceKind.Secondment);
        experience.HostOrganisation!.Name.ShouldBe("Northshire NHS Trust");
        experience.Start.ShouldBe(new DateOnly(2026, 1, 5));
        experience.End.ShouldBe(new DateOnly(2026, 6, 30));
        experience.Fte.ShouldBe(0.6m);
        experience.Verification.ShouldBe(VerificationLevel.SelfDeclared);
        experience.BoundariesCrossed.ShouldContain(Boundary.Sector);
        var member = await ada.GetMemberAsync(world.AdaId);
        member.ShouldNotBeNull();
        member.DisplayName.ShouldBe("Ada Okafor");
        member.Employments.ShouldHaveSingleItem().Organisation.Name.ShouldBe("Northshire Council");
        member.Experiences.ShouldContain(e => e.Id == experience.Id);
    }

    [Fact]
    public async Task LogAsync_EachKindAsTheMember_RecordsItWithItsOwnFields()
    {
        using var ben = world.Client(world.BenKey);

        var shadowing = await ben.LogShadowingAsync(new NewHostedExperience("Shadowing the housing team", world.CouncilId, new DateOnly(2026, 2, 2), 0.1m) { End = new DateOnly(2026, 2, 6) });
        var jointWork = await ben.LogJointWorkAsync(new NewHostedExperience("Joint discharge project", world.CouncilId, new DateOnly(2026, 3, 1), 0.2m));
        var mentoring = await ben.LogMentoringAsync(new NewMentoring("Mentoring a planner", MentoringRole.Mentor, "Cai Jones", "local-government", new DateOnly(2026, 1, 1), 0.05m) { CounterpartProfessionCode = "planning" });
        var peer = await ben.LogPeerChallengeAsync(new NewPeerChallenge("Peer review of the council", PeerChallengeRole.Reviewer, world.CouncilId, new DateOnly(2026, 4, 14), 7.5m));
        var learning = await ben.LogLearningEventAsync(new NewLearningEvent("Integrated care summit", new DateOnly(2026, 5, 20), 6m, ["participatory"], ["health", "social-care"]));
        var cpd = await ben.LogCpdActivityAsync(new NewCpdActivity("Reading on place leadership", new DateOnly(2026, 5, 21), 2m, ["self-directed"]));

        shadowing.Value!.Kind.ShouldBe(ExperienceKind.Shadowing);
        jointWork.Value!.End.ShouldBeNull();
        mentoring.Value!.Role.ShouldBe(ExperienceRole.Mentor);
        mentoring.Value.CounterpartSector!.Code.ShouldBe("local-government");
        mentoring.Value.CounterpartProfession!.Code.ShouldBe("planning");
        peer.Value!.Hours.ShouldBe(7.5m);
        peer.Value.Date.ShouldBe(new DateOnly(2026, 4, 14));
        learning.Value!.SectorsInvolved.ShouldBe(["health", "social-care"]);
        cpd.Value!.Categories.ShouldBe(["self-directed"]);
        (await ben.GetMemberAsync(world.BenId))!.Experiences.Count.ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task LogSecondmentAsync_EndBeforeStart_ReturnsTheUserErrorAtItsFieldAndWritesNothing()
    {
        using var ada = world.Client(world.AdaKey);
        var before = await world.CountAsync<ExperienceRecord>();

        var result = await ada.LogSecondmentAsync(new NewHostedExperience("Backwards", world.TrustId, new DateOnly(2026, 6, 1), 0.5m) { End = new DateOnly(2026, 5, 1) });

        result.IsSuccess.ShouldBeFalse();
        result.Value.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("END_BEFORE_START");
        error.Field.ShouldBe(["input", "end"]);
        Should.Throw<InvalidOperationException>(() => result.GetValueOrThrow()).Message.ShouldContain("END_BEFORE_START");
        (await world.CountAsync<ExperienceRecord>()).ShouldBe(before);
    }

    [Fact]
    public async Task LogLearningEventAsync_UnknownCategory_ReturnsUnknownLearningCategory()
    {
        using var ada = world.Client(world.AdaKey);

        var result = await ada.LogLearningEventAsync(new NewLearningEvent("Summit", new DateOnly(2026, 5, 20), 3m, ["juggling"], ["health"]));

        result.Errors.ShouldContain(e => e.Code == "UNKNOWN_LEARNING_CATEGORY");
    }

    [Fact]
    public async Task LogSecondmentAsync_AsAnHrSystem_ThrowsForbidden()
    {
        using var hr = world.Client(world.TrustHrKey);

        await Should.ThrowAsync<CpdForbiddenException>(() => hr.LogSecondmentAsync(new NewHostedExperience("Not mine", world.TrustId, new DateOnly(2026, 1, 5), 0.5m)));
    }

    [Fact]
    public async Task GetMemberAsync_AnotherMember_ThrowsForbidden()
    {
        using var ada = world.Client(world.AdaKey);

        var ex = await Should.ThrowAsync<CpdForbiddenException>(() => ada.GetMemberAsync(world.BenId));

        ex.Errors.ShouldHaveSingleItem().Code.ShouldBe(CpdErrorCodes.Forbidden);
    }

    [Fact]
    public async Task GetMemberAsync_TheirEmployerSHrSystem_SeesOnlyTheEmploymentWithIt()
    {
        using var trust = world.Client(world.TrustHrKey);

        var ben = await trust.GetMemberAsync(world.BenId);

        ben.ShouldNotBeNull();
        ben.Employments.ShouldHaveSingleItem().Role.ShouldBe("Staff nurse");
        ben.Employments[0].Fte.ShouldBe(0.8m);
    }

    [Fact]
    public async Task GetMemberAsync_AsAdminForAnIdThatDoesNotExist_ReturnsNull()
    {
        using var admin = world.Client(world.AdminKey);

        (await admin.GetMemberAsync(Api.Schema.Common.GlobalId.Format("Member", 987_654))).ShouldBeNull();
    }

    [Fact]
    public async Task GetMemberAsync_MalformedId_ThrowsAGraphQLErrorWithItsCode()
    {
        using var admin = world.Client(world.AdminKey);

        var ex = await Should.ThrowAsync<CpdGraphQLException>(() => admin.GetMemberAsync("not-an-id"));

        ex.ShouldNotBeOfType<CpdForbiddenException>();
        ex.Code.ShouldBe("MALFORMED_ID");
    }

    [Fact]
    public async Task ListMembersAsync_AsAdminInPagesOfOne_YieldsEveryMemberByName()
    {
        using var admin = world.Client(world.AdminKey, o => o.PageSize = 1);

        var names = new List<string>();
        await foreach (var member in admin.ListMembersAsync(new MemberFilter { DisplayNameContains = "e" }))
        {
            names.Add(member.DisplayName);
        }

        names.ShouldBe(["Ben Price"]);
        var all = await admin.ListMembersAsync().Select(m => m.DisplayName).ToListAsync();
        all.ShouldBe(["Ada Okafor", "Ben Price"]);
    }

    [Fact]
    public async Task ListMembersAsync_AsAnHrSystem_YieldsOnlyItsEmployees()
    {
        using var council = world.Client(world.CouncilHrKey);

        var members = await council.ListMembersAsync().ToListAsync();

        members.ShouldHaveSingleItem().Id.ShouldBe(world.AdaId);
    }
}
