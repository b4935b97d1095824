using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Auth;

public sealed class AccessPolicyTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private AccessPolicy Policy(string caller, Instant? at = null) =>
        new(world.ByName(caller), new FakeClock(at ?? AccessWorld.Now), world.Database.Factory);

    private AccessPolicy Policy(Caller caller) => new(caller, new FakeClock(AccessWorld.Now), world.Database.Factory);

    [Theory]
    [InlineData("ann", "ann", true)]
    [InlineData("ann", "ben", false)]
    [InlineData("institute", "ann", true)]
    [InlineData("institute", "ben", false)]
    [InlineData("guild", "ann", false)]
    [InlineData("guild", "ben", true)]
    [InlineData("guild", "cat", false)]
    [InlineData("guild", "dan", true)]
    [InlineData("council-hr", "ann", true)]
    [InlineData("council-hr", "cat", false)]
    [InlineData("trust-hr", "cat", true)]
    [InlineData("trust-hr", "dan", false)]
    [InlineData("admin", "dan", true)]
    [InlineData("anonymous", "ann", false)]
    public async Task CanReadMemberAsync_RoleAndMember_FollowsTheTable(string caller, string member, bool expected) =>
        (await Policy(caller).CanReadMemberAsync(world[member])).ShouldBe(expected);

    [Fact]
    public async Task CanReadMemberAsync_AfterTheGrantExpires_IsFalse()
    {
        var policy = Policy("guild", AccessWorld.Now + Duration.FromDays(1));

        (await policy.CanReadMemberAsync(world["dan"])).ShouldBeFalse();
        (await policy.CanReadMemberAsync(world["ben"])).ShouldBeTrue();
    }

    [Fact]
    public async Task CanReadMemberAsync_MissingMember_IsFalseForAnAdmin() =>
        (await Policy("admin").CanReadMemberAsync(987_654_321)).ShouldBeFalse();

    [Fact]
    public async Task CanReadMemberAsync_AskedTwice_GivesTheSameAnswer()
    {
        var policy = Policy("guild");

        var first = await policy.CanReadMemberAsync(world["ben"]);
        var second = await policy.CanReadMemberAsync(world["ben"]);

        (first, second).ShouldBe((true, true));
    }

    [Fact]
    public void Now_IsReadOnceFromTheClock()
    {
        var clock = new FakeClock(AccessWorld.Now);
        var policy = new AccessPolicy(AccessWorld.Admin, clock, world.Database.Factory);

        clock.Advance(Duration.FromHours(5));

        policy.Now.ShouldBe(AccessWorld.Now);
    }

    [Theory]
    [InlineData("ann", "ann-private", true)]
    [InlineData("ann", "ann-shared", true)]
    [InlineData("ann", "ben-shared", false)]
    [InlineData("ben", "ann-published", false)]
    [InlineData("institute", "ann-shared", true)]
    [InlineData("institute", "ann-published", true)]
    [InlineData("institute", "ann-private", false)]
    [InlineData("guild", "ann-shared", false)]
    [InlineData("guild", "ben-shared", true)]
    [InlineData("guild", "ben-private", false)]
    [InlineData("council-hr", "ann-shared", false)]
    [InlineData("council-hr", "ben-shared", false)]
    [InlineData("trust-hr", "ann-published", false)]
    [InlineData("admin", "ann-shared", false)]
    [InlineData("admin", "ann-private", false)]
    [InlineData("anonymous", "ann-published", false)]
    public async Task CanReadReflectionTextAsync_RoleAndReflection_OnlyTheMemberAndAssessorsWithAccessToShared(string caller, string reflection, bool expected)
    {
        var record = await LoadAsync<ReflectionRecord>(reflection);

        (await Policy(caller).CanReadReflectionTextAsync(record)).ShouldBe(expected);
    }

    [Fact]
    public async Task CanReadReflectionTextAsync_AssessorWhoseGrantExpired_IsFalse()
    {
        var record = await LoadAsync<ReflectionRecord>("dan-shared");

        (await Policy("guild").CanReadReflectionTextAsync(record)).ShouldBeTrue();
        (await Policy("guild", AccessWorld.Now + Duration.FromDays(2)).CanReadReflectionTextAsync(record)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("council-hr", "ann-event-last-council-day", true)]
    [InlineData("council-hr", "ann-event-first-trust-day", false)]
    [InlineData("council-hr", "ann-shadowing-ending-first-council-day", true)]
    [InlineData("council-hr", "ann-shadowing-ending-day-before-council", false)]
    [InlineData("trust-hr", "ann-event-first-trust-day", true)]
    [InlineData("trust-hr", "ann-event-last-council-day", false)]
    [InlineData("institute", "ann-secondment", true)]
    [InlineData("guild", "ann-secondment", false)]
    [InlineData("anonymous", "ann-secondment", false)]
    public async Task CanReadExperienceAsync_BoundaryDays_FollowTheOverlapRule(string caller, string experience, bool expected) =>
        (await Policy(caller).CanReadExperienceAsync(world[experience])).ShouldBe(expected);

    [Theory]
    [InlineData("council-hr", "ann@council", true)]
    [InlineData("council-hr", "ann@trust", false)]
    [InlineData("institute", "ann@trust", true)]
    [InlineData("guild", "ann@trust", false)]
    public async Task CanReadEmploymentAsync_RoleAndEmployment_FollowsTheTable(string caller, string employment, bool expected) =>
        (await Policy(caller).CanReadEmploymentAsync(world[employment])).ShouldBe(expected);

    [Theory]
    [InlineData("ann", true)]
    [InlineData("ben", false)]
    [InlineData("institute", false)]
    [InlineData("council-hr", false)]
    [InlineData("admin", false)]
    [InlineData("anonymous", false)]
    public void CanWriteOwnRecord_OnlyTheMemberThemself(string caller, bool expected)
    {
        var policy = Policy(caller);
        var ann = world["ann"];

        new[]
        {
            policy.CanWriteExperience(ann), policy.CanWriteReflection(ann), policy.CanWriteConnection(ann),
            policy.CanApply(ann), policy.CanManageAccessGrants(ann), policy.CanRequestAttestation(ann),
        }.ShouldAllBe(allowed => allowed == expected);
    }

    [Fact]
    public async Task CanAttestAsHost_HrOfTheHostOrganisation_IsTrue()
    {
        var hosted = await LoadAsync<ExperienceRecord>("ann-secondment");
        var unhosted = await LoadAsync<ExperienceRecord>("ann-event-last-council-day");
        var hostHr = Policy(Caller.ForHrSystem(world["host"], "probation hr"));

        hostHr.CanAttestAsHost(hosted).ShouldBeTrue();
        hostHr.CanAttestAsHost(unhosted).ShouldBeFalse();
        Policy("council-hr").CanAttestAsHost(hosted).ShouldBeFalse();
        Policy("ann").CanAttestAsHost(hosted).ShouldBeFalse();
        Policy("admin").CanAttestAsHost(hosted).ShouldBeFalse();
    }

    [Theory]
    [InlineData("institute", "ann-secondment", true)]
    [InlineData("guild", "ann-secondment", false)]
    [InlineData("guild", "ben-secondment", true)]
    [InlineData("council-hr", "ben-secondment", false)]
    [InlineData("admin", "ben-secondment", false)]
    [InlineData("ann", "ann-secondment", false)]
    public async Task CanVerifyExperienceAsync_OnlyAssessorsWithAccess(string caller, string experience, bool expected)
    {
        var record = await LoadAsync<ExperienceRecord>(experience);

        (await Policy(caller).CanVerifyExperienceAsync(record)).ShouldBe(expected);
    }

    [Fact]
    public void CanDecideAndAuthorFor_OnlyTheBodysAssessors()
    {
        var institute = world["institute"];

        Policy("institute").CanDecideApplicationsFor(institute).ShouldBeTrue();
        Policy("institute").CanAuthorSchemesFor(institute).ShouldBeTrue();
        Policy("institute").CanAuthorSchemesFor(world["guild"]).ShouldBeFalse();
        Policy("guild").CanDecideApplicationsFor(institute).ShouldBeFalse();
        Policy("admin").CanDecideApplicationsFor(institute).ShouldBeFalse();
        Policy("ann").CanAuthorSchemesFor(institute).ShouldBeFalse();
    }

    [Fact]
    public void CanManageWorkforceOf_OnlyTheOrganisationsHrSystem()
    {
        Policy("council-hr").CanManageWorkforceOf(world["council"]).ShouldBeTrue();
        Policy("council-hr").CanManageWorkforceOf(world["trust"]).ShouldBeFalse();
        Policy("admin").CanManageWorkforceOf(world["council"]).ShouldBeFalse();
        Policy("ann").CanManageWorkforceOf(world["council"]).ShouldBeFalse();
    }

    [Theory]
    [InlineData("admin", true)]
    [InlineData("institute", false)]
    [InlineData("council-hr", false)]
    [InlineData("ann", false)]
    [InlineData("anonymous", false)]
    public void CanAdminister_OnlyAdmins(string caller, bool expected)
    {
        Policy(caller).CanAdminister.ShouldBe(expected);
        Policy(caller).CanReadAuditLog.ShouldBe(expected);
    }

    private async Task<T> LoadAsync<T>(string name)
        where T : class
    {
        await using var db = world.Database.CreateContext();
        return (await db.Set<T>().FindAsync(world[name]))!;
    }
}
