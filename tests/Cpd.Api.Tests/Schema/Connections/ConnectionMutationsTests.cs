using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Schema.Experiences;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Connections;

/// <summary><c>addConnection</c> and <c>removeConnection</c> through the real server.</summary>
public sealed class ConnectionMutationsTests(ExperienceWorld world) : IClassFixture<ExperienceWorld>
{
    private const string Add = "mutation($input: AddConnectionInput!) { addConnection(input: $input) { connection { id name sector { code } profession { code } } errors { code message field } } }";

    private const string Remove = "mutation($input: RemoveConnectionInput!) { removeConnection(input: $input) { removedConnectionId errors { code message field } } }";

    private Task<GraphQLResponse> AddAsync(string? key, string name = "Insp. Kay Morgan", string sectorCode = "policing", string? professionCode = "policing") =>
        world.Api.PostAsync(Add, new { input = new { name, sectorCode, professionCode } }, key);

    private async Task<ConnectionRecord> SeedConnectionAsync(long? memberId = null)
    {
        ConnectionRecord record = null!;
        await world.Api.SeedAsync(async (db, ids) =>
        {
            var sector = await db.Sectors.SingleAsync(s => s.Code == "housing");
            record = new ConnectionRecord { Id = await ids.NextAsync<ConnectionRecord>(db), MemberId = memberId ?? world.Member.Id, Name = "Jo Lane", SectorId = sector.Id, CreatedAt = ApiServer.Start };
            db.Connections.Add(record);
        });
        return record;
    }

    private Task<int> CountAsync(string name) => world.Api.ReadAsync(db => db.Connections.CountAsync(c => c.Name == name));

    [Fact]
    public async Task AddConnection_AsMember_IsListedCountsForDiversityAndIsAudited()
    {
        var result = await AddAsync(world.MemberKey, "  Insp. Kay Morgan ");

        result.UserErrors("addConnection").ShouldBeEmpty();
        var connection = result.Data("addConnection", "connection");
        (connection.GetProperty("name").GetString(), connection.GetProperty("sector").GetProperty("code").GetString(), connection.GetProperty("profession").GetProperty("code").GetString())
            .ShouldBe(("Insp. Kay Morgan", "policing", "policing"));
        var me = await world.Api.PostAsync("{ me { connections { id } networkDiversity } }", null, world.MemberKey);
        me.Data("me", "connections").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldContain(connection.GetProperty("id").GetString());
        me.Data("me", "networkDiversity").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        GlobalId.TryParse(connection.GetProperty("id").GetString(), "Contact", out var id).ShouldBeTrue();
        (await world.Api.ReadAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "addConnection" && a.TargetId == id))).Summary.ShouldNotContain("Kay");
    }

    [Fact]
    public async Task AddConnection_WithoutProfession_IsStored()
    {
        var result = await AddAsync(world.MemberKey, "Sam Without Profession", "education", null);
        result.UserErrors("addConnection").ShouldBeEmpty();
        result.Data("addConnection", "connection", "profession").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task AddConnection_InvalidNameOrCodes_ReportsEachFieldAndWritesNothing()
    {
        (await AddAsync(world.MemberKey, " ", "space", "astrology")).UserErrors("addConnection")
            .ShouldBe([("REQUIRED", "input.name"), ("UNKNOWN_SECTOR", "input.sectorCode"), ("UNKNOWN_PROFESSION", "input.professionCode")]);
        var longName = new string('n', 201);
        (await AddAsync(world.MemberKey, longName)).UserErrors("addConnection").ShouldBe([("TOO_LONG", "input.name")]);
        (await CountAsync(longName)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task AddConnection_EachCaller_OnlyAMemberMayAddTheirOwn(string caller)
    {
        var name = $"Contact added by {caller}";
        var result = await AddAsync(world.Key(caller), name);

        var expected = ExperienceWorld.DeniedCode(caller, "member", "other-member");
        result.UserErrors("addConnection").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await CountAsync(name)).ShouldBe(expected is null ? 1 : 0);
    }

    [Fact]
    public async Task RemoveConnection_AsOwner_RemovesItAndAudits()
    {
        var record = await SeedConnectionAsync();
        var id = GlobalId.Format("Contact", record.Id);

        var result = await world.Api.PostAsync(Remove, new { input = new { connectionId = id } }, world.MemberKey);

        result.UserErrors("removeConnection").ShouldBeEmpty();
        result.Data("removeConnection", "removedConnectionId").GetString().ShouldBe(id);
        (await world.Api.ReadAsync(db => db.Connections.AnyAsync(c => c.Id == record.Id))).ShouldBeFalse();
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "removeConnection" && a.TargetId == record.Id))).ShouldBe(1);
        (await world.Api.PostAsync(Remove, new { input = new { connectionId = id } }, world.MemberKey)).UserErrors("removeConnection").ShouldBe([("NOT_FOUND", "input.connectionId")]);
    }

    [Fact]
    public async Task RemoveConnection_MalformedId_IsRejectedAtConnectionId()
    {
        (await world.Api.PostAsync(Remove, new { input = new { connectionId = GlobalId.Format("Member", world.Member.Id) } }, world.MemberKey))
            .UserErrors("removeConnection").ShouldBe([("MALFORMED_ID", "input.connectionId")]);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task RemoveConnection_EachCaller_OnlyTheOwnerMayRemoveIt(string caller)
    {
        var record = await SeedConnectionAsync();
        var result = await world.Api.PostAsync(Remove, new { input = new { connectionId = GlobalId.Format("Contact", record.Id) } }, world.Key(caller));

        var expected = caller == "other-member" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member");
        result.UserErrors("removeConnection").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await world.Api.ReadAsync(db => db.Connections.AnyAsync(c => c.Id == record.Id))).ShouldBe(expected is not null);
    }
}
