using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Schema.Experiences;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Access;

/// <summary><c>grantAccess</c>, <c>revokeAccess</c> and <c>Member.accessGrants</c> through the real server.</summary>
public sealed class AccessMutationsTests(ExperienceWorld world) : IClassFixture<ExperienceWorld>
{
    private const string Grant = "mutation($input: GrantAccessInput!) { grantAccess(input: $input) { grant { id body { code } grantedAt expiresAt revokedAt active } errors { code message field } } }";

    private const string Revoke = "mutation($input: RevokeAccessInput!) { revokeAccess(input: $input) { grant { id revokedAt active } errors { code message field } } }";

    private const string ReadMember = "query($id: ID!) { member(id: $id) { displayName } }";

    private int _bodies;

    private async Task<AccreditingBodyRecord> SeedBodyAsync()
    {
        AccreditingBodyRecord body = null!;
        var n = Interlocked.Increment(ref _bodies);
        await world.Api.SeedAsync(async (db, ids) =>
        {
            body = new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = $"body-{Guid.NewGuid():N}"[..20], Name = $"Body {n}" };
            db.AccreditingBodies.Add(body);
        });
        return body;
    }

    private Task<GraphQLResponse> GrantAsync(AccreditingBodyRecord body, string? key, string? expiresOn = null) =>
        world.Api.PostAsync(Grant, new { input = new { bodyId = ExperienceWorld.IdOf(body), expiresOn } }, key);

    private Task<GraphQLResponse> ReadMemberAsync(string key) => world.Api.PostAsync(ReadMember, new { id = GlobalId.Format("Member", world.Member.Id) }, key);

    private Task<int> GrantsAsync(AccreditingBodyRecord body) => world.Api.ReadAsync(db => db.AccessGrants.CountAsync(g => g.BodyId == body.Id));

    [Fact]
    public async Task GrantAccess_AsMember_LetsTheBodysAssessorsReadTheRecordUntilTheEndOfExpiresOn()
    {
        var body = await SeedBodyAsync();
        var assessor = await world.Api.KeyAsync(CallerRole.Assessor, body.Id);
        (await ReadMemberAsync(assessor)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        var today = world.Api.Clock.Today;

        var result = await GrantAsync(body, world.MemberKey, today.PlusDays(1).ToString("yyyy-MM-dd", null));

        result.UserErrors("grantAccess").ShouldBeEmpty();
        var grant = result.Data("grantAccess", "grant");
        (grant.GetProperty("body").GetProperty("code").GetString(), grant.GetProperty("active").GetBoolean(), grant.GetProperty("grantedAt").GetString())
            .ShouldBe((body.Code, true, world.Api.Clock.Now.ToString()));
        grant.GetProperty("expiresAt").GetString().ShouldBe(today.PlusDays(2).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToString());
        (await ReadMemberAsync(assessor)).Data("member", "displayName").GetString().ShouldBe("Ada Okafor");
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "grantAccess" && a.Summary.Contains(body.Code)))).ShouldBe(1);

        world.Api.Clock.Advance(Duration.FromDays(2));
        (await ReadMemberAsync(assessor)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        var grants = await world.Api.PostAsync("{ me { accessGrants { body { code } active } } }", null, world.MemberKey);
        grants.Data("me", "accessGrants").EnumerateArray().Single(g => g.GetProperty("body").GetProperty("code").GetString() == body.Code).GetProperty("active").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task GrantAccess_PastExpiryUnknownBodyMalformedIdOrGrantInForce_IsRejected()
    {
        var body = await SeedBodyAsync();
        (await GrantAsync(body, world.MemberKey, world.Api.Clock.Today.ToString("yyyy-MM-dd", null))).UserErrors("grantAccess").ShouldBe([("EXPIRY_NOT_IN_FUTURE", "input.expiresOn")]);
        (await world.Api.PostAsync(Grant, new { input = new { bodyId = GlobalId.Format("AccreditingBody", 987_654_321) } }, world.MemberKey)).UserErrors("grantAccess").ShouldBe([("NOT_FOUND", "input.bodyId")]);
        (await world.Api.PostAsync(Grant, new { input = new { bodyId = GlobalId.Format("Organisation", body.Id) } }, world.MemberKey)).UserErrors("grantAccess").ShouldBe([("MALFORMED_ID", "input.bodyId")]);
        (await GrantsAsync(body)).ShouldBe(0);
        (await GrantAsync(body, world.MemberKey)).UserErrors("grantAccess").ShouldBeEmpty();
        (await GrantAsync(body, world.MemberKey)).UserErrors("grantAccess").ShouldBe([("ALREADY_EXISTS", "input.bodyId")]);
        (await GrantsAsync(body)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task GrantAccess_EachCaller_OnlyAMemberMayGrantAccessToTheirRecord(string caller)
    {
        var body = await SeedBodyAsync();
        var result = await GrantAsync(body, world.Key(caller));

        var expected = ExperienceWorld.DeniedCode(caller, "member", "other-member");
        result.UserErrors("grantAccess").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await GrantsAsync(body)).ShouldBe(expected is null ? 1 : 0);
    }

    [Fact]
    public async Task RevokeAccess_AsOwner_EndsTheAssessorsAccessAndCannotBeRepeated()
    {
        var body = await SeedBodyAsync();
        var assessor = await world.Api.KeyAsync(CallerRole.Assessor, body.Id);
        var grantId = (await GrantAsync(body, world.MemberKey)).Data("grantAccess", "grant", "id").GetString();
        (await ReadMemberAsync(assessor)).ShouldHaveNoErrors();

        var result = await world.Api.PostAsync(Revoke, new { input = new { grantId } }, world.MemberKey);

        result.UserErrors("revokeAccess").ShouldBeEmpty();
        (result.Data("revokeAccess", "grant", "revokedAt").GetString(), result.Data("revokeAccess", "grant", "active").GetBoolean()).ShouldBe((world.Api.Clock.Now.ToString(), false));
        (await ReadMemberAsync(assessor)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "revokeAccess" && a.Summary.Contains(body.Code)))).ShouldBe(1);
        (await world.Api.PostAsync(Revoke, new { input = new { grantId } }, world.MemberKey)).UserErrors("revokeAccess").ShouldBe([("ALREADY_WITHDRAWN", "input.grantId")]);
        // Revoked, the body may be granted access again.
        (await GrantAsync(body, world.MemberKey)).UserErrors("grantAccess").ShouldBeEmpty();
    }

    [Fact]
    public async Task RevokeAccess_UnknownOrMalformedId_IsRejectedAtGrantId()
    {
        (await world.Api.PostAsync(Revoke, new { input = new { grantId = GlobalId.Format("AccessGrant", 987_654_321) } }, world.MemberKey)).UserErrors("revokeAccess").ShouldBe([("NOT_FOUND", "input.grantId")]);
        (await world.Api.PostAsync(Revoke, new { input = new { grantId = "grant-1" } }, world.MemberKey)).UserErrors("revokeAccess").ShouldBe([("MALFORMED_ID", "input.grantId")]);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task RevokeAccess_EachCaller_OnlyTheOwnerMayRevoke(string caller)
    {
        var body = await SeedBodyAsync();
        var grantId = (await GrantAsync(body, world.MemberKey)).Data("grantAccess", "grant", "id").GetString();
        var result = await world.Api.PostAsync(Revoke, new { input = new { grantId } }, world.Key(caller));

        var expected = caller == "other-member" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member");
        result.UserErrors("revokeAccess").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await world.Api.ReadAsync(db => db.AccessGrants.SingleAsync(g => g.BodyId == body.Id))).RevokedAt.HasValue.ShouldBe(expected is null);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task AccessGrants_EachCaller_SeesTheGrantsTheAccessRulesAllow(string caller)
    {
        var result = await world.Api.PostAsync("query($id: ID!) { member(id: $id) { accessGrants { body { code } } } }", new { id = GlobalId.Format("Member", world.Member.Id) }, world.Key(caller));

        var member = result.Json.GetProperty("data").GetProperty("member");
        var codes = member.ValueKind == JsonValueKind.Null ? [] : member.GetProperty("accessGrants").EnumerateArray().Select(g => g.GetProperty("body").GetProperty("code").GetString()).ToList();
        switch (caller)
        {
            case "member" or "admin":
                codes.ShouldContain("ipl");
                break;
            case "assessor-with-access":
                codes.ShouldBe(["ipl"]);
                break;
            default:
                codes.ShouldBeEmpty();
                break;
        }
    }
}
