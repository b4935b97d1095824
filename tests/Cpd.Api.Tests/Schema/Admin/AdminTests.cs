using System.Text.Json;
using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;

namespace Cpd.Api.Tests.Schema.Admin;

public sealed class AdminTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string Create = """
        mutation($input: CreateApiKeyInput!) {
          createApiKey(input: $input) { key apiKey { id name role scopeId prefix revokedAt } errors { code field } }
        }
        """;

    private const string Revoke = "mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } errors { code field } } }";

    private async Task<long> SeedOrganisationAsync()
    {
        long id = 0;
        await api.SeedAsync(async (db, ids) =>
        {
            id = await ids.NextAsync<OrganisationRecord>(db);
            var sector = db.Sectors.First(s => s.Code == "housing");
            db.Organisations.Add(new OrganisationRecord { Id = id, Name = $"Housing Trust {id}", SectorId = sector.Id, CreatedAt = ApiServer.Start });
        });
        return id;
    }

    [Fact]
    public async Task CreateApiKey_HrSystemAsAdmin_GivesAWorkingKeyOfThatRoleListedWithItsScope()
    {
        var organisation = await SeedOrganisationAsync();
        var admin = await api.KeyAsync(CallerRole.Admin);
        var created = await api.PostAsync(Create, new { input = new { role = "HR_SYSTEM", name = "payroll sync", organisationId = GlobalId.Format("Organisation", organisation) } }, admin);
        created.UserErrors("createApiKey").ShouldBeEmpty();
        var key = created.Data("createApiKey", "key").GetString()!;
        key.ShouldStartWith("cpd_");
        created.Data("createApiKey", "apiKey", "role").GetString().ShouldBe("HR_SYSTEM");
        created.Data("createApiKey", "apiKey", "scopeId").GetString().ShouldBe(GlobalId.Format("Organisation", organisation));

        (await api.PostAsync("{ sectors { code } }", key: key)).ShouldHaveNoErrors();
        var denied = await api.PostAsync("mutation { addSector(input: { code: \"x-sector\", name: \"X\" }) { errors { code field } } }", key: key);
        denied.UserErrors("addSector").ShouldBe([("FORBIDDEN", null)]);

        var listed = await api.PostAsync("{ apiKeys(first: 100) { nodes { id name } } }", key: admin);
        listed.Data("apiKeys", "nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ShouldContain("payroll sync");
    }

    [Fact]
    public async Task CreateApiKey_BadScope_IsRejectedAtTheScopeField()
    {
        var admin = await api.KeyAsync(CallerRole.Admin);
        var missing = await api.PostAsync(Create, new { input = new { role = "HR_SYSTEM", name = "no org" } }, admin);
        missing.UserErrors("createApiKey").ShouldBe([("SCOPE_REQUIRED", "input.organisationId")]);
        var malformed = await api.PostAsync(Create, new { input = new { role = "MEMBER", name = "bad id", memberId = "zzz" } }, admin);
        malformed.UserErrors("createApiKey").ShouldBe([("MALFORMED_ID", "input.memberId")]);
        malformed.Data("createApiKey", "key").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task RevokeApiKey_AsAdmin_StopsTheKeyAtOnceAndASecondRevokeIsRejected()
    {
        var organisation = await SeedOrganisationAsync();
        var admin = await api.KeyAsync(CallerRole.Admin);
        var created = await api.PostAsync(Create, new { input = new { role = "HR_SYSTEM", name = "short-lived", organisationId = GlobalId.Format("Organisation", organisation) } }, admin);
        var key = created.Data("createApiKey", "key").GetString()!;
        var id = created.Data("createApiKey", "apiKey", "id").GetString()!;

        var revoked = await api.PostAsync(Revoke, new { input = new { id } }, admin);
        revoked.UserErrors("revokeApiKey").ShouldBeEmpty();
        revoked.Data("revokeApiKey", "apiKey", "revokedAt").GetString().ShouldBe("2026-11-22T09:00:00Z");
        (await api.PostAsync("{ sectors { code } }", key: key)).ErrorCodes.ShouldNotBeEmpty();
        (await api.PostAsync(Revoke, new { input = new { id } }, admin)).UserErrors("revokeApiKey").ShouldBe([("KEY_REVOKED", "input.id")]);
    }

    [Fact]
    public async Task AuditLog_AsAdmin_ListsWritesNewestFirstAndFilters()
    {
        var admin = await api.KeyAsync(CallerRole.Admin);
        foreach (var code in new[] { "audit-one", "audit-two" })
        {
            await api.PostAsync($"mutation {{ addProfession(input: {{ code: \"{code}\", name: \"{code}\" }}) {{ errors {{ code }} }} }}", key: admin);
        }

        var log = await api.PostAsync("{ auditLog(first: 10, where: { action: \"addProfession\" }) { nodes { action actorRole targetType targetId summary at } totalCount } }", key: admin);
        log.ShouldHaveNoErrors();
        log.Data("auditLog", "totalCount").GetInt32().ShouldBe(2);
        log.Data("auditLog", "nodes", 0, "summary").GetString()!.ShouldContain("audit-two");
        log.Data("auditLog", "nodes", 1, "summary").GetString()!.ShouldContain("audit-one");
        log.Data("auditLog", "nodes", 0, "actorRole").GetString().ShouldBe("ADMIN");
        GlobalId.TryParse(log.Data("auditLog", "nodes", 0, "targetId").GetString(), "Profession", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task AuditLogAndApiKeys_NotAdmin_AreForbidden()
    {
        var organisation = await SeedOrganisationAsync();
        var hr = await api.KeyAsync(CallerRole.HrSystem, organisation);
        var result = await api.PostAsync("{ auditLog { totalCount } }", key: hr);
        result.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await api.PostAsync("{ apiKeys { totalCount } }", key: hr)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await api.PostAsync("{ apiKeys { totalCount } }")).ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }
}
