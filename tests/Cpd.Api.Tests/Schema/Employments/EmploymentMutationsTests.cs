using System.Text.Json;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Schema.Experiences;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Employments;

/// <summary><c>recordEmployment</c> through the real server, over <see cref="ExperienceWorld"/> (its host trust is the employer).</summary>
public sealed partial class EmploymentMutationsTests(ExperienceWorld world) : IClassFixture<ExperienceWorld>
{
    private const string Fields = "employment { id role start end fte version organisation { name sector { code } } profession { code } } member { id displayName } errors { code message field } clientMutationId";

    private const string Record = "mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) { " + Fields + " } }";

    private string MemberId => GlobalId.Format("Member", world.Member.Id);

    private string EmployerId => ExperienceWorld.IdOf(world.Host);

    private static Dictionary<string, object?> NewJob(string memberId, string? organisationId, string role = "Ward sister", string profession = "nursing",
        string start = "2026-01-05", string? end = null, decimal fte = 0.6m) => new()
    {
        ["memberId"] = memberId,
        ["organisationId"] = organisationId,
        ["role"] = role,
        ["professionCode"] = profession,
        ["start"] = start,
        ["end"] = end,
        ["fte"] = fte,
        ["clientMutationId"] = "c-1",
    };

    private Task<GraphQLResponse> RecordAsync(Dictionary<string, object?> input, string? key) => world.Api.PostAsync(Record, new { input }, key);

    /// <summary>Adds an ongoing employment of the first member's at the host trust, straight into the database (it makes the member the trust's employee).</summary>
    private async Task<EmploymentRecord> SeedEmploymentAsync()
    {
        EmploymentRecord record = null!;
        await world.Api.SeedAsync(async (db, ids) =>
        {
            var nursing = await db.Professions.SingleAsync(p => p.Code == "nursing");
            record = new EmploymentRecord
            {
                Id = await ids.NextAsync<EmploymentRecord>(db),
                MemberId = world.Member.Id,
                OrganisationId = world.Host.Id,
                Role = "Staff nurse",
                ProfessionId = nursing.Id,
                Start = new LocalDate(2023, 4, 1),
                Fte = 1m,
            };
            db.Employments.Add(record);
        });
        return record;
    }

    private Task<int> CountAsync(string role) => world.Api.ReadAsync(db => db.Employments.CountAsync(e => e.Role == role));

    [Fact]
    public async Task RecordEmployment_MemberForThemselves_CreatesItWithAnAuditRowAndReturnsItAndTheMember()
    {
        var result = await RecordAsync(NewJob(MemberId, ExperienceWorld.IdOf(world.Council), role: "  Policy lead  ", profession: "planning", end: "2026-12-31"), world.MemberKey);

        result.UserErrors("recordEmployment").ShouldBeEmpty();
        var employment = result.Data("recordEmployment", "employment");
        (employment.GetProperty("role").GetString(), employment.GetProperty("start").GetString(), employment.GetProperty("end").GetString(), employment.GetProperty("fte").GetDecimal())
            .ShouldBe(("Policy lead", "2026-01-05", "2026-12-31", 0.6m));
        employment.GetProperty("version").GetInt64().ShouldBe(0);
        employment.GetProperty("organisation").GetProperty("name").GetString().ShouldBe("Northshire Council");
        employment.GetProperty("organisation").GetProperty("sector").GetProperty("code").GetString().ShouldBe("local-government");
        employment.GetProperty("profession").GetProperty("code").GetString().ShouldBe("planning");
        result.Data("recordEmployment", "member", "id").GetString().ShouldBe(MemberId);
        result.Data("recordEmployment", "member", "displayName").GetString().ShouldBe("Ada Okafor");
        result.Data("recordEmployment", "clientMutationId").GetString().ShouldBe("c-1");
        var id = GlobalId.Parse(employment.GetProperty("id").GetString()!, "Employment");
        var stored = await world.Api.ReadAsync(db => db.Employments.Include(e => e.Profession).SingleAsync(e => e.Id == id));
        (stored.MemberId, stored.OrganisationId, stored.Role, stored.Profession!.Code, stored.Fte, stored.ExternalRef).ShouldBe((world.Member.Id, world.Council.Id, "Policy lead", "planning", 0.6m, null));
        var audit = await world.Api.ReadAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "recordEmployment" && a.TargetId == id));
        audit.Summary.ShouldBe("Policy lead (planning) at Northshire Council, 2026-01-05 to 2026-12-31, FTE 0.6");
    }

    [Fact]
    public async Task RecordEmployment_HrSystemWithoutOrganisation_RecordsAtItsOwnForItsEmployee()
    {
        await SeedEmploymentAsync();

        var result = await RecordAsync(NewJob(MemberId, null, role: "Night sister"), world.Key("hr-host"));

        result.UserErrors("recordEmployment").ShouldBeEmpty();
        result.Data("recordEmployment", "employment", "organisation", "name").GetString().ShouldBe("Northshire NHS Trust");
        var stored = await world.Api.ReadAsync(db => db.Employments.SingleAsync(e => e.Role == "Night sister"));
        stored.OrganisationId.ShouldBe(world.Host.Id);
    }

    [Fact]
    public async Task RecordEmployment_HrSystemNamingAnotherOrganisation_IsForbidden()
    {
        await SeedEmploymentAsync();

        var result = await RecordAsync(NewJob(MemberId, ExperienceWorld.IdOf(world.Council), role: "Elsewhere"), world.Key("hr-host"));

        result.UserErrors("recordEmployment").ShouldBe([("FORBIDDEN", null)]);
        result.Data("recordEmployment", "employment").ValueKind.ShouldBe(JsonValueKind.Null);
        (await CountAsync("Elsewhere")).ShouldBe(0);
    }

    [Fact]
    public async Task RecordEmployment_HrSystemForSomeoneItNeverEmployed_IsNotFound()
    {
        var result = await RecordAsync(NewJob(GlobalId.Format("Member", world.OtherMember.Id), null, role: "Stranger"), world.Key("hr-host"));

        result.UserErrors("recordEmployment").ShouldBe([("NOT_FOUND", "input.memberId")]);
        (await CountAsync("Stranger")).ShouldBe(0);
    }

    [Theory]
    [InlineData("", "nursing", "2026-01-05", null, 0.5, "REQUIRED", "input.role")]
    [InlineData("TooLong", "nursing", "2026-01-05", null, 0.5, "TOO_LONG", "input.role")]
    [InlineData("Nurse", "astrology", "2026-01-05", null, 0.5, "UNKNOWN_PROFESSION", "input.professionCode")]
    [InlineData("Nurse", "nursing", "2026-01-05", "2026-01-04", 0.5, "END_BEFORE_START", "input.end")]
    [InlineData("Nurse", "nursing", "2026-01-05", null, 0, "FTE_OUT_OF_RANGE", "input.fte")]
    [InlineData("Nurse", "nursing", "2026-01-05", null, 1.01, "FTE_OUT_OF_RANGE", "input.fte")]
    public async Task RecordEmployment_DomainRejection_IsAUserErrorAtTheFieldAndWritesNothing(string role, string profession, string start, string? end, double fte, string code, string field)
    {
        var employments = await world.Api.ReadAsync(db => db.Employments.CountAsync());
        var audits = await world.Api.ReadAsync(db => db.AuditEntries.CountAsync());

        var result = await RecordAsync(NewJob(MemberId, EmployerId, role == "TooLong" ? new string('r', 201) : role, profession, start, end, (decimal)fte), world.MemberKey);

        result.UserErrors("recordEmployment").ShouldBe([(code, field)]);
        result.Data("recordEmployment", "clientMutationId").GetString().ShouldBe("c-1");
        (await world.Api.ReadAsync(db => db.Employments.CountAsync())).ShouldBe(employments);
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync())).ShouldBe(audits);
    }

    [Fact]
    public async Task RecordEmployment_MalformedIds_AreRefusedAtTheirFields()
    {
        (await RecordAsync(NewJob("not-an-id", EmployerId), world.MemberKey)).UserErrors("recordEmployment").ShouldBe([("MALFORMED_ID", "input.memberId")]);
        (await RecordAsync(NewJob(MemberId, MemberId), world.MemberKey)).UserErrors("recordEmployment").ShouldBe([("MALFORMED_ID", "input.organisationId")]);
    }

    [Fact]
    public async Task RecordEmployment_MemberOrAdminWithoutOrganisation_IsRequired()
    {
        (await RecordAsync(NewJob(MemberId, null), world.MemberKey)).UserErrors("recordEmployment").ShouldBe([("REQUIRED", "input.organisationId")]);
        (await RecordAsync(NewJob(MemberId, null), world.Key("admin"))).UserErrors("recordEmployment").ShouldBe([("REQUIRED", "input.organisationId")]);
    }

    [Fact]
    public async Task RecordEmployment_UnknownMemberOrOrganisation_IsNotFound()
    {
        (await RecordAsync(NewJob(MemberId, GlobalId.Format("Organisation", 987_654)), world.MemberKey)).UserErrors("recordEmployment").ShouldBe([("NOT_FOUND", "input.organisationId")]);
        (await RecordAsync(NewJob(GlobalId.Format("Member", 987_654), EmployerId), world.Key("admin"))).UserErrors("recordEmployment").ShouldBe([("NOT_FOUND", "input.memberId")]);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task RecordEmployment_EachCaller_OnlyTheMemberTheEmployersHrAndAdminsMayRecordIt(string caller)
    {
        await SeedEmploymentAsync();
        var role = $"Role recorded by {caller}";

        var result = await RecordAsync(NewJob(MemberId, EmployerId, role), world.Key(caller));

        var expected = ExperienceWorld.DeniedCode(caller, "member", "hr-host", "admin");
        result.UserErrors("recordEmployment").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await CountAsync(role)).ShouldBe(expected is null ? 1 : 0);
    }
}
