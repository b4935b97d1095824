using Cpd.Api.Auth;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Taxonomy;

public sealed class TaxonomyMutationsTests(ApiServer api) : IClassFixture<ApiServer>
{
    private const string AddSector = """
        mutation($input: AddSectorInput!) { addSector(input: $input) { sector { code name } errors { code message field } clientMutationId } }
        """;

    private const string AddProfession = """
        mutation($input: AddProfessionInput!) { addProfession(input: $input) { profession { code name } errors { code message field } clientMutationId } }
        """;

    [Fact]
    public async Task AddSector_AsAdmin_AddsItListsItAndAuditsIt()
    {
        var admin = await api.KeyAsync(CallerRole.Admin);
        var result = await api.PostAsync(AddSector, new { input = new { code = "armed-forces", name = "Armed forces", clientMutationId = "m1" } }, admin);
        result.UserErrors("addSector").ShouldBeEmpty();
        result.Data("addSector", "sector", "code").GetString().ShouldBe("armed-forces");
        result.Data("addSector", "clientMutationId").GetString().ShouldBe("m1");

        var sectors = await api.PostAsync("{ sectors { code } }", key: admin);
        sectors.Data("sectors").EnumerateArray().Last().GetProperty("code").GetString().ShouldBe("armed-forces");
        var audit = await api.ReadAsync(db => db.AuditEntries.Where(a => a.Action == "addSector").ToListAsync());
        audit.Single().ActorRole.ShouldBe("ADMIN");
        audit.Single().Summary.ShouldContain("armed-forces");
    }

    [Fact]
    public async Task AddSector_CodeTaken_IsRejectedWithDuplicateCodeAtCode()
    {
        var result = await api.PostAsync(AddSector, new { input = new { code = "health", name = "Health again" } }, await api.KeyAsync(CallerRole.Admin));
        result.UserErrors("addSector").ShouldBe([("DUPLICATE_CODE", "input.code")]);
        result.Data("addSector", "sector").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await api.ReadAsync(db => db.Sectors.CountAsync(s => s.Code == "health"))).ShouldBe(1);
    }

    [Fact]
    public async Task AddSector_BadCodeAndBlankName_ReportsBothAtTheirInputFields()
    {
        var result = await api.PostAsync(AddSector, new { input = new { code = "Not Kebab", name = " " } }, await api.KeyAsync(CallerRole.Admin));
        result.UserErrors("addSector").ShouldBe([("INVALID_CODE", "input.code"), ("REQUIRED", "input.name")]);
        result.Data("addSector", "errors", 1, "message").GetString().ShouldBe("name is required.");
    }

    [Fact]
    public async Task AddSector_Anonymous_IsRejectedUnauthenticatedAndWritesNothing()
    {
        var result = await api.PostAsync(AddSector, new { input = new { code = "nobody", name = "Nobody" } });
        result.UserErrors("addSector").ShouldBe([("UNAUTHENTICATED", null)]);
        (await api.ReadAsync(db => db.Sectors.AnyAsync(s => s.Code == "nobody"))).ShouldBeFalse();
    }

    [Fact]
    public async Task AddProfession_AsAdmin_AddsIt()
    {
        var result = await api.PostAsync(AddProfession, new { input = new { code = "paramedicine", name = "Paramedicine" } }, await api.KeyAsync(CallerRole.Admin));
        result.UserErrors("addProfession").ShouldBeEmpty();
        result.Data("addProfession", "profession", "name").GetString().ShouldBe("Paramedicine");
        (await api.ReadAsync(db => db.Professions.AnyAsync(p => p.Code == "paramedicine"))).ShouldBeTrue();
    }

    [Fact]
    public async Task AddProfession_CodeTaken_IsRejectedWithDuplicateCode()
    {
        var result = await api.PostAsync(AddProfession, new { input = new { code = "nursing", name = "Nursing" } }, await api.KeyAsync(CallerRole.Admin));
        result.UserErrors("addProfession").ShouldBe([("DUPLICATE_CODE", "input.code")]);
    }
}
