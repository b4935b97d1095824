using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Workforce;

/// <summary>
/// An HR system links its row to an existing member only with the member's employer link code: a member id or another
/// organisation's employee's registration alone is refused (issue #5: an HR system must not claim someone else's employee).
/// </summary>
public sealed class WorkforceLinkCodeTests(WorkforceWorld world) : IClassFixture<WorkforceWorld>
{
    private const string Sync = """
        mutation($input: SyncWorkforceInput!) {
          syncWorkforce(input: $input) {
            rows { index externalId status memberId errors { code field message } }
            errors { code message field }
          }
        }
        """;

    private const string Create = """
        mutation($input: CreateEmployerLinkCodeInput!) {
          createEmployerLinkCode(input: $input) {
            code expiresAt linkCode { id createdAt expiresAt usedAt usedByOrganisationName }
            errors { code message field }
          }
        }
        """;

    private const string Revoke = """
        mutation($input: RevokeEmployerLinkCodeInput!) {
          revokeEmployerLinkCode(input: $input) { linkCode { id usedAt usedByOrganisationName } errors { code message field } }
        }
        """;

    private const string ReadMember = """
        query($id: ID!) {
          member(id: $id) { displayName employments { organisation { name } role } employerLinkCodes { id usedAt usedByOrganisationName } }
        }
        """;

    private static Dictionary<string, object?> Row(string externalId, string name, string? email = null, string? registration = null,
        string? memberId = null, string? linkCode = null, string start = "2024-01-01", string? end = null) => new()
    {
        ["externalId"] = externalId,
        ["displayName"] = name,
        ["workEmail"] = email,
        ["professionalRegistration"] = registration,
        ["memberId"] = memberId,
        ["linkCode"] = linkCode,
        ["role"] = "Staff nurse",
        ["professionCode"] = "nursing",
        ["start"] = start,
        ["end"] = end,
        ["fte"] = 1m,
    };

    private Task<GraphQLResponse> SyncAsync(string key, params Dictionary<string, object?>[] rows) =>
        world.Api.PostAsync(Sync, new { input = new { rows } }, key);

    private static JsonElement RowOf(GraphQLResponse result, int row) => result.Data("syncWorkforce", "rows", row);

    private static (string Status, string? MemberId, List<(string Code, string Field)> Errors) Outcome(GraphQLResponse result, int row = 0)
    {
        result.ShouldHaveNoErrors();
        var r = RowOf(result, row);
        return (r.GetProperty("status").GetString()!, r.GetProperty("memberId").GetString(),
            [.. r.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("code").GetString()!, string.Join('.', e.GetProperty("field").EnumerateArray().Select(s => s.GetString()))))]);
    }

    /// <summary>A member employed by A (synced by A's HR system) and that member's key.</summary>
    private async Task<(string MemberId, long Id, string Key)> EmployeeOfAAsync(string externalId, string name, string? registration = null)
    {
        var (status, memberId, _) = Outcome(await SyncAsync(world.HrA, Row(externalId, name, $"{externalId}@a.example", registration, end: "2025-12-31")));
        status.ShouldBe("CREATED");
        var id = GlobalId.Parse(memberId!, "Member");
        return (memberId!, id, await world.Api.KeyAsync(CallerRole.Member, id));
    }

    private async Task<string> CodeAsync(string memberKey, string? validFor = null)
    {
        var result = await world.Api.PostAsync(Create, new { input = new { validFor } }, memberKey);
        result.ShouldHaveNoErrors();
        result.UserErrors("createEmployerLinkCode").ShouldBeEmpty();
        return result.Data("createEmployerLinkCode", "code").GetString()!;
    }

    private Task<(string Name, string? Email, int Links)> StoredAsync(long id) =>
        world.Api.ReadAsync(async db => (
            await db.Members.Where(m => m.Id == id).Select(m => m.DisplayName).SingleAsync(),
            await db.Members.Where(m => m.Id == id).Select(m => m.WorkEmail).SingleAsync(),
            await db.MemberExternalIds.CountAsync(x => x.MemberId == id)));

    [Fact]
    public async Task SyncWorkforce_OtherEmployerSendsMemberIdWithoutCode_RejectsAndWritesNothing()
    {
        var (memberId, id, _) = await EmployeeOfAAsync("claim-a", "Florence Nightingale");
        var members = await world.Api.ReadAsync(db => db.Members.CountAsync());

        var result = await SyncAsync(world.HrB, Row("claim-b", "Mallory Impostor", "mallory@b.example", memberId: memberId, start: "2000-01-01"));

        var (status, returned, errors) = Outcome(result);
        status.ShouldBe("REJECTED");
        returned.ShouldBeNull();
        errors.ShouldBe([("LINK_CODE_REQUIRED", "input.rows.0.memberId")]);
        RowOf(result, 0).GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("link code");
        (await StoredAsync(id)).ShouldBe(("Florence Nightingale", "claim-a@a.example", 1));
        (await world.Api.ReadAsync(db => db.Members.CountAsync())).ShouldBe(members);
        (await world.Api.ReadAsync(db => db.Employments.CountAsync(e => e.MemberId == id && e.OrganisationId == world.EmployerB.Id))).ShouldBe(0);
        var read = await world.Api.PostAsync(ReadMember, new { id = memberId }, world.HrB);
        read.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        read.Data("member").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task SyncWorkforce_OtherEmployerSendsRegistration_RejectsWithoutLinkingOrDuplicating()
    {
        var (memberId, id, _) = await EmployeeOfAAsync("reg-a", "Mary Seacole", "NMC-SEACOLE");
        var members = await world.Api.ReadAsync(db => db.Members.CountAsync());

        var (status, _, errors) = Outcome(await SyncAsync(world.HrB, Row("reg-b", "Mallory Impostor", "m@b.example", "NMC-SEACOLE")));

        status.ShouldBe("REJECTED");
        errors.ShouldBe([("REGISTRATION_TAKEN", "input.rows.0.professionalRegistration")]);
        (await StoredAsync(id)).ShouldBe(("Mary Seacole", "reg-a@a.example", 1));
        (await world.Api.ReadAsync(db => db.Members.CountAsync())).ShouldBe(members);
        (await world.Api.PostAsync(ReadMember, new { id = memberId }, world.HrB)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
    }

    [Fact]
    public async Task SyncWorkforce_SameEmployerNewExternalIdWithKnownRegistration_MatchesTheSameMember()
    {
        var (memberId, id, _) = await EmployeeOfAAsync("rehire-1", "Edith Cavell", "NMC-CAVELL");

        var (status, returned, errors) = Outcome(await SyncAsync(world.HrA, Row("rehire-2", "Edith Cavell", "ec@a.example", "NMC-CAVELL", start: "2026-01-01")));

        (status, returned, errors.Count).ShouldBe(("CREATED", memberId, 0));
        (await StoredAsync(id)).Links.ShouldBe(2);
    }

    [Fact]
    public async Task SyncWorkforce_MemberGaveCode_LinksTheSameMemberOnceAndEachEmployerSeesOnlyItsTime()
    {
        var (memberId, id, key) = await EmployeeOfAAsync("move-a", "Mary Somerville");
        var code = await CodeAsync(key);
        var members = await world.Api.ReadAsync(db => db.Members.CountAsync());

        var (status, returned, errors) = Outcome(await SyncAsync(world.HrB, Row("move-b", "Mary Somerville", "ms@b.example", memberId: memberId, linkCode: code, start: "2026-01-01")));

        (status, returned, errors.Count).ShouldBe(("CREATED", memberId, 0));
        (await world.Api.ReadAsync(db => db.Members.CountAsync())).ShouldBe(members);
        (await StoredAsync(id)).ShouldBe(("Mary Somerville", "ms@b.example", 2));
        var used = await world.Api.ReadAsync(db => db.MemberLinkCodes.SingleAsync(c => c.MemberId == id));
        (used.UsedAt, used.UsedByOrganisationId).ShouldBe((ApiServer.Start, world.EmployerB.Id));
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "createEmployerLinkCode" && a.TargetId == id))).ShouldBe(1);

        var atA = await world.Api.PostAsync(ReadMember, new { id = memberId }, world.HrA);
        atA.ShouldHaveNoErrors();
        atA.Data("member", "employments").EnumerateArray().Select(e => e.GetProperty("organisation").GetProperty("name").GetString()).ShouldBe(["Northshire NHS Trust"]);
        var atB = await world.Api.PostAsync(ReadMember, new { id = memberId }, world.HrB);
        atB.Data("member", "employments").EnumerateArray().Select(e => e.GetProperty("organisation").GetProperty("name").GetString()).ShouldBe(["Southmoor NHS Trust"]);
        atB.Data("member", "employerLinkCodes").GetArrayLength().ShouldBe(0);
        var own = await world.Api.PostAsync(ReadMember, new { id = memberId }, key);
        own.Data("member", "employerLinkCodes", 0, "usedByOrganisationName").GetString().ShouldBe("Southmoor NHS Trust");
        own.Body.ShouldNotContain(code);

        var again = Outcome(await SyncAsync(world.HrB, Row("move-b2", "Mary Somerville", linkCode: code)));
        again.Errors.ShouldBe([("LINK_CODE_INVALID", "input.rows.0.linkCode")]);
    }

    [Fact]
    public async Task SyncWorkforce_ExpiredRevokedUnknownOrMalformedCode_RejectsEachWithTheSameError()
    {
        var (_, id, key) = await EmployeeOfAAsync("bad-code-a", "Ada Byron");
        var (expired, hash) = SecretTokens.Create();
        await world.Api.SeedAsync(async (db, ids) => db.MemberLinkCodes.Add(new MemberLinkCodeRecord
        {
            Id = await ids.NextAsync<MemberLinkCodeRecord>(db), MemberId = id, CodeHash = hash,
            CreatedAt = ApiServer.Start - Duration.FromDays(31), ExpiresAt = ApiServer.Start - Duration.FromDays(1),
        }));
        var revoked = await world.Api.PostAsync(Create, new { input = new { } }, key);
        var revokedId = revoked.Data("createEmployerLinkCode", "linkCode", "id").GetString();
        (await world.Api.PostAsync(Revoke, new { input = new { linkCodeId = revokedId } }, key)).UserErrors("revokeEmployerLinkCode").ShouldBeEmpty();

        var result = await SyncAsync(world.HrB,
            Row("bad-code-1", "Ada Byron", linkCode: expired),
            Row("bad-code-2", "Ada Byron", linkCode: revoked.Data("createEmployerLinkCode", "code").GetString()),
            Row("bad-code-3", "Ada Byron", linkCode: SecretTokens.Create().Token),
            Row("bad-code-4", "Ada Byron", linkCode: "not a code!"));

        for (var i = 0; i < 4; i++)
        {
            var (status, memberId, errors) = Outcome(result, i);
            (status, memberId).ShouldBe(("REJECTED", null));
            errors.ShouldBe([("LINK_CODE_INVALID", $"input.rows.{i}.linkCode")]);
        }

        RowOf(result, 0).GetProperty("errors")[0].GetProperty("message").GetString().ShouldBe(RowOf(result, 2).GetProperty("errors")[0].GetProperty("message").GetString());
        (await StoredAsync(id)).Links.ShouldBe(1);
    }

    [Fact]
    public async Task SyncWorkforce_CodeWithAnotherMembersId_RejectsAndKeepsTheCode()
    {
        var (_, _, key) = await EmployeeOfAAsync("mismatch-a", "Rosalind Franklin");
        var (otherId, _, _) = await EmployeeOfAAsync("mismatch-other", "Dorothy Hodgkin");
        var code = await CodeAsync(key);

        var (status, _, errors) = Outcome(await SyncAsync(world.HrB, Row("mismatch-b", "Dorothy Hodgkin", memberId: otherId, linkCode: code)));

        status.ShouldBe("REJECTED");
        errors.ShouldBe([("LINK_CODE_INVALID", "input.rows.0.memberId")]);
        (await world.Api.ReadAsync(db => db.MemberLinkCodes.CountAsync(c => c.UsedAt == null))).ShouldBeGreaterThan(0);
        Outcome(await SyncAsync(world.HrB, Row("mismatch-b", "Rosalind Franklin", linkCode: code))).Status.ShouldBe("CREATED");
    }

    [Fact]
    public async Task CreateEmployerLinkCode_Member_ReturnsTheCodeOnceAndStoresOnlyItsHash()
    {
        var (memberId, id, key) = await EmployeeOfAAsync("create-a", "Katherine Johnson");

        var result = await world.Api.PostAsync(Create, new { input = new { validFor = "P7D", clientMutationId = "c1" } }, key);

        result.ShouldHaveNoErrors();
        var code = result.Data("createEmployerLinkCode", "code").GetString()!;
        code.Length.ShouldBe(43);
        result.Data("createEmployerLinkCode", "expiresAt").GetString().ShouldBe("2026-11-29T09:00:00Z");
        var stored = await world.Api.ReadAsync(db => db.MemberLinkCodes.SingleAsync(c => c.MemberId == id));
        SecretTokens.TryHash(code, out var hash).ShouldBeTrue();
        stored.CodeHash.ShouldBe(hash);
        (await CodeAsync(key)).ShouldNotBe(code);
        var listed = await world.Api.PostAsync(ReadMember, new { id = memberId }, world.Admin);
        listed.Data("member", "employerLinkCodes").GetArrayLength().ShouldBe(2);
        listed.Body.ShouldNotContain(code);
    }

    [Theory]
    [InlineData("P91D")]
    [InlineData("P0D")]
    [InlineData("P4M")]
    public async Task CreateEmployerLinkCode_ValidityOutOfRange_IsRejected(string validFor)
    {
        var result = await world.Api.PostAsync(Create, new { input = new { validFor } }, world.Member);

        result.ShouldHaveNoErrors();
        result.UserErrors("createEmployerLinkCode").ShouldBe([("LINK_VALIDITY_OUT_OF_RANGE", "input.validFor")]);
        result.Data("createEmployerLinkCode", "code").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task CreateEmployerLinkCode_NotAMember_IsDeniedAndWritesNothing()
    {
        var before = await world.Api.ReadAsync(db => db.MemberLinkCodes.CountAsync());

        (await world.Api.PostAsync(Create, new { input = new { } })).UserErrors("createEmployerLinkCode").ShouldBe([("UNAUTHENTICATED", null)]);
        (await world.Api.PostAsync(Create, new { input = new { } }, world.HrA)).UserErrors("createEmployerLinkCode").ShouldBe([("FORBIDDEN", null)]);
        (await world.Api.PostAsync(Create, new { input = new { } }, world.Admin)).UserErrors("createEmployerLinkCode").ShouldBe([("FORBIDDEN", null)]);

        (await world.Api.ReadAsync(db => db.MemberLinkCodes.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task RevokeEmployerLinkCode_OwnUnusedCode_RevokesOnceAndHidesOthers()
    {
        var created = await world.Api.PostAsync(Create, new { input = new { } }, world.Member);
        var linkCodeId = created.Data("createEmployerLinkCode", "linkCode", "id").GetString();
        var (_, _, otherKey) = await EmployeeOfAAsync("revoke-other", "Grace Hopper");

        (await world.Api.PostAsync(Revoke, new { input = new { linkCodeId } }, otherKey)).UserErrors("revokeEmployerLinkCode").ShouldBe([("NOT_FOUND", "input.linkCodeId")]);
        (await world.Api.PostAsync(Revoke, new { input = new { linkCodeId } }, world.HrA)).UserErrors("revokeEmployerLinkCode").ShouldBe([("FORBIDDEN", null)]);
        (await world.Api.PostAsync(Revoke, new { input = new { linkCodeId = "nonsense" } }, world.Member)).UserErrors("revokeEmployerLinkCode").ShouldBe([("MALFORMED_ID", "input.linkCodeId")]);
        var revoked = await world.Api.PostAsync(Revoke, new { input = new { linkCodeId } }, world.Member);
        revoked.UserErrors("revokeEmployerLinkCode").ShouldBeEmpty();
        revoked.Data("revokeEmployerLinkCode", "linkCode", "usedAt").GetString().ShouldBe("2026-11-22T09:00:00Z");
        revoked.Data("revokeEmployerLinkCode", "linkCode", "usedByOrganisationName").ValueKind.ShouldBe(JsonValueKind.Null);
        (await world.Api.PostAsync(Revoke, new { input = new { linkCodeId } }, world.Member)).UserErrors("revokeEmployerLinkCode").ShouldBe([("ALREADY_WITHDRAWN", "input.linkCodeId")]);
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "revokeEmployerLinkCode"))).ShouldBeGreaterThanOrEqualTo(1);
    }
}
