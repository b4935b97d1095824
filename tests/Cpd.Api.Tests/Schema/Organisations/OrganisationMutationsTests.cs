using System.Text.Json;
using Cpd.Api.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Organisations;

public sealed class OrganisationMutationsTests(OrganisationWorld world) : IClassFixture<OrganisationWorld>
{
    private const string Add = """
        mutation($input: AddOrganisationInput!) {
          addOrganisation(input: $input) { organisation { id name placeCode sector { code } } errors { code message field } clientMutationId }
        }
        """;

    private const string Update = """
        mutation($input: UpdateOrganisationInput!) {
          updateOrganisation(input: $input) { organisation { id name placeCode sector { code } } errors { code message field } }
        }
        """;

    [Fact]
    public async Task AddOrganisation_AsAdmin_AddsItAuditsItAndNodeFindsIt()
    {
        var result = await world.Api.PostAsync(Add, new { input = new { name = "  Riverside Council ", sectorCode = "local-government", placeCode = "E07000114", clientMutationId = "c-7" } }, world.Admin);
        result.UserErrors("addOrganisation").ShouldBeEmpty();
        result.Data("addOrganisation", "clientMutationId").GetString().ShouldBe("c-7");
        result.Data("addOrganisation", "organisation", "name").GetString().ShouldBe("Riverside Council");
        result.Data("addOrganisation", "organisation", "sector", "code").GetString().ShouldBe("local-government");
        var id = result.Data("addOrganisation", "organisation", "id").GetString()!;
        GlobalId.TryParse(id, "Organisation", out var databaseId).ShouldBeTrue();

        var node = await world.Api.PostAsync("query($id: ID!) { node(id: $id) { ... on Organisation { placeCode } } }", new { id }, world.Admin);
        node.Data("node", "placeCode").GetString().ShouldBe("E07000114");
        var audit = await world.Api.ReadAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "addOrganisation" && a.TargetId == databaseId));
        audit.TargetType.ShouldBe("Organisation");
        audit.At.ShouldBe(world.Api.Clock.GetCurrentInstant());
    }

    [Fact]
    public async Task AddOrganisation_InvalidInput_ReportsEveryDomainErrorAndWritesNothing()
    {
        var before = await world.Api.ReadAsync(db => db.Organisations.CountAsync());
        var result = await world.Api.PostAsync(Add, new { input = new { name = "", sectorCode = "space", placeCode = "e07" } }, world.Admin);
        result.UserErrors("addOrganisation").ShouldBe([("REQUIRED", "input.name"), ("UNKNOWN_SECTOR", "input.sectorCode"), ("INVALID_PLACE", "input.placeCode")]);
        result.Data("addOrganisation", "organisation").ValueKind.ShouldBe(JsonValueKind.Null);
        (await world.Api.ReadAsync(db => db.Organisations.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task AddOrganisation_AsHrSystem_IsForbidden()
    {
        var result = await world.Api.PostAsync(Add, new { input = new { name = "Sneaky Ltd", sectorCode = "private" } }, world.HrSystem);
        result.UserErrors("addOrganisation").ShouldBe([("FORBIDDEN", null)]);
        (await world.Api.ReadAsync(db => db.Organisations.AnyAsync(o => o.Name == "Sneaky Ltd"))).ShouldBeFalse();
    }

    [Fact]
    public async Task UpdateOrganisation_AsAdmin_ReplacesNameSectorAndPlace()
    {
        var organisation = world.Organisations[11];
        var result = await world.Api.PostAsync(
            Update, new { input = new { id = OrganisationWorld.IdOf(organisation), name = "Renamed Trust", sectorCode = "health", placeCode = (string?)null } }, world.Admin);
        result.UserErrors("updateOrganisation").ShouldBeEmpty();
        result.Data("updateOrganisation", "organisation", "name").GetString().ShouldBe("Renamed Trust");
        result.Data("updateOrganisation", "organisation", "sector", "code").GetString().ShouldBe("health");
        result.Data("updateOrganisation", "organisation", "placeCode").ValueKind.ShouldBe(JsonValueKind.Null);
        var stored = await world.Api.ReadAsync(db => db.Organisations.Include(o => o.Sector).SingleAsync(o => o.Id == organisation.Id));
        (stored.Name, stored.Sector!.Code, stored.PlaceCode).ShouldBe(("Renamed Trust", "health", (string?)null));
    }

    [Fact]
    public async Task UpdateOrganisation_UnknownOrMalformedId_IsRejectedAtId()
    {
        var unknown = await world.Api.PostAsync(Update, new { input = new { id = GlobalId.Format("Organisation", 999_999), name = "X", sectorCode = "health" } }, world.Admin);
        unknown.UserErrors("updateOrganisation").ShouldBe([("NOT_FOUND", "input.id")]);
        var malformed = await world.Api.PostAsync(Update, new { input = new { id = "nope", name = "X", sectorCode = "health" } }, world.Admin);
        malformed.UserErrors("updateOrganisation").ShouldBe([("MALFORMED_ID", "input.id")]);
    }

    [Fact]
    public async Task UpdateOrganisation_UnknownSector_IsRejectedAndNothingChanges()
    {
        var organisation = world.Organisations[10];
        var result = await world.Api.PostAsync(Update, new { input = new { id = OrganisationWorld.IdOf(organisation), name = "Changed", sectorCode = "nowhere" } }, world.Admin);
        result.UserErrors("updateOrganisation").ShouldBe([("UNKNOWN_SECTOR", "input.sectorCode")]);
        (await world.Api.ReadAsync(db => db.Organisations.SingleAsync(o => o.Id == organisation.Id))).Name.ShouldBe(organisation.Name);
    }
}
