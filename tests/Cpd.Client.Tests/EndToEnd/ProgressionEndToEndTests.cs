using Cpd.Api.Persistence.Entities;
using Cpd.Client.Errors;
using Cpd.Client.Models;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>
/// Progression through the client against the real API: a member logs a secondment at the HR organisation, its HR
/// system attests it, and the scheme's check and the assessor's eligibility list follow.
/// </summary>
public sealed class ProgressionEndToEndTests(EndToEndWorld world) : IClassFixture<EndToEndWorld>, IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);
    private string _schemeId = string.Empty;

    public async Task InitializeAsync()
    {
        _schemeId = await world.PublishSchemeAsync("progression-" + Guid.NewGuid().ToString("N")[..8]);
        if (await world.CountAsync<AccessGrantRecord>() == 0)
        {
            await world.Api.SeedAsync(async (db, ids) =>
            {
                foreach (var member in new[] { world.Ada, world.Ben })
                {
                    db.AccessGrants.Add(new AccessGrantRecord { Id = await ids.NextAsync<AccessGrantRecord>(db), MemberId = member.Id, BodyId = world.Body.Id, GrantedAt = Api.Tests.Support.ApiServer.Start });
                }
            });
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CheckProgressionAsync_SecondmentAttestedByTheHrOrganisation_TurnsTheMemberEligible()
    {
        using var ben = world.Client(world.BenKey);
        using var council = world.Client(world.CouncilHrKey);
        var secondment = (await ben.LogSecondmentAsync(new NewHostedExperience("Council discharge hub", world.CouncilId, new DateOnly(2026, 1, 5), 0.5m) { End = new DateOnly(2026, 6, 30) })).GetValueOrThrow();
        (await ben.LogPeerChallengeAsync(new NewPeerChallenge("Peer review", PeerChallengeRole.Reviewer, world.CouncilId, new DateOnly(2026, 3, 3), 7m))).IsSuccess.ShouldBeTrue();

        var before = await ben.CheckProgressionAsync(world.BenId, _schemeId, AsOf);

        before.Eligible.ShouldBeFalse();
        before.Member.Id.ShouldBe(world.BenId);
        before.SchemeId.ShouldBe(_schemeId);
        before.SchemeVersion.ShouldBe(1);
        before.AsOf.ShouldBe(AsOf);
        before.Requirement.Kind.ShouldBe(RequirementKind.AllOf);
        before.Requirement.Children.Select(c => c.RequirementId).ShouldBe(["cross-sector-time", "peer-challenge"]);
        var time = before.Requirement.Children[0];
        time.Status.ShouldBe(RequirementStatus.NotMet);
        time.Unit.ShouldBe(MeasureUnit.FteDays);
        time.Shortfall.ShouldBe(30m);
        before.Requirement.Children[1].Status.ShouldBe(RequirementStatus.Met);

        (await council.AttestExperienceAsync(secondment.Id)).IsSuccess.ShouldBeTrue();
        var after = await ben.CheckProgressionAsync(world.BenId, _schemeId, AsOf);

        after.Eligible.ShouldBeTrue(after.Summary);
        after.EligibleFrom.ShouldBe(AsOf);
        after.Requirement.Children[0].EvidenceIds.ShouldContain(secondment.Id);
        after.Requirement.Children[0].Measured.ShouldBeGreaterThanOrEqualTo(30m);
    }

    [Fact]
    public async Task CheckProgressionAsync_AssessorWithAccessOrAdmin_SeeTheReport()
    {
        using var assessor = world.Client(world.AssessorKey);
        using var admin = world.Client(world.AdminKey);

        (await assessor.CheckProgressionAsync(world.AdaId, _schemeId, AsOf)).Member.DisplayName.ShouldBe("Ada Okafor");
        (await admin.CheckProgressionAsync(world.AdaId, _schemeId, AsOf)).SchemeVersion.ShouldBe(1);
    }

    [Fact]
    public async Task CheckProgressionAsync_AnotherMemberOrAnHrSystem_ThrowsForbidden()
    {
        using var ben = world.Client(world.BenKey);
        using var council = world.Client(world.CouncilHrKey);

        await Should.ThrowAsync<CpdForbiddenException>(() => ben.CheckProgressionAsync(world.AdaId, _schemeId, AsOf));
        await Should.ThrowAsync<CpdForbiddenException>(() => council.CheckProgressionAsync(world.AdaId, _schemeId, AsOf));
    }

    [Fact]
    public async Task CheckProgressionAsync_BeforeTheFirstVersion_ThrowsNoEffectiveVersion()
    {
        using var ada = world.Client(world.AdaKey);

        var ex = await Should.ThrowAsync<CpdGraphQLException>(() => ada.CheckProgressionAsync(world.AdaId, _schemeId, new DateOnly(2025, 6, 1)));

        ex.Code.ShouldBe("NO_EFFECTIVE_VERSION");
    }

    [Fact]
    public async Task ListEligibilityAsync_InPagesOfOne_YieldsEveryMemberWithAccessByName()
    {
        using var assessor = world.Client(world.AssessorKey, o => o.PageSize = 1);

        var reports = await assessor.ListEligibilityAsync(_schemeId, AsOf).ToListAsync();

        reports.Select(r => r.Member.DisplayName).ShouldBe(["Ada Okafor", "Ben Price"]);
        reports.ShouldAllBe(r => r.SchemeId == _schemeId && r.AsOf == AsOf && r.Requirement.Children.Count == 2);
        var notEligible = await assessor.ListEligibilityAsync(_schemeId, AsOf, eligible: false).Select(r => r.Member.Id).ToListAsync();
        notEligible.ShouldContain(world.AdaId);
    }

    [Fact]
    public async Task ListEligibilityAsync_AsAMemberOrAnHrSystem_ThrowsForbidden()
    {
        using var ada = world.Client(world.AdaKey);
        using var trust = world.Client(world.TrustHrKey);

        await Should.ThrowAsync<CpdForbiddenException>(async () => await ada.ListEligibilityAsync(_schemeId).ToListAsync());
        await Should.ThrowAsync<CpdForbiddenException>(async () => await trust.ListEligibilityAsync(_schemeId).ToListAsync());
    }
}
