using System.Text.Json;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Workforce;

public sealed partial class WorkforceMutationsTests(WorkforceWorld world) : IClassFixture<WorkforceWorld>
{
    private const string Sync = """
        mutation($input: SyncWorkforceInput!) {
          syncWorkforce(input: $input) {
            rows { index externalId status memberId employmentId errors { code field } }
            errors { code message field }
          }
        }
        """;

    private static Dictionary<string, object?> Row(string externalId, string name = "Ada Lovelace", string? email = null, string? registration = null,
        string? memberId = null, string profession = "nursing", string start = "2024-01-01", string? end = null, decimal fte = 1m, string role = "Staff nurse") => new()
    {
        ["externalId"] = externalId,
        ["displayName"] = name,
        ["workEmail"] = email,
        ["professionalRegistration"] = registration,
        ["memberId"] = memberId,
        ["role"] = role,
        ["professionCode"] = profession,
        ["start"] = start,
        ["end"] = end,
        ["fte"] = fte,
    };

    private Task<GraphQLResponse> SyncAsync(string key, params Dictionary<string, object?>[] rows) =>
        world.Api.PostAsync(Sync, new { input = new { rows } }, key);

    private static List<(string ExternalId, string Status)> Statuses(GraphQLResponse result) =>
        [.. result.Data("syncWorkforce", "rows").EnumerateArray().Select(r => (r.GetProperty("externalId").GetString()!, r.GetProperty("status").GetString()!))];

    private static string MemberOf(GraphQLResponse result, int row) => result.Data("syncWorkforce", "rows", row, "memberId").GetString()!;

    private static List<(string Code, string Field)> RowErrors(GraphQLResponse result, int row) =>
        [.. result.Data("syncWorkforce", "rows", row, "errors").EnumerateArray().Select(e =>
            (e.GetProperty("code").GetString()!, string.Join('.', e.GetProperty("field").EnumerateArray().Select(s => s.GetString()))))];

    [Fact]
    public async Task SyncWorkforce_NewRows_CreatesMembersEmploymentsAndAuditsTheBatch()
    {
        var result = await SyncAsync(world.HrA, Row("new-1", " Grace Hopper ", "grace@a.example", "NMC-NEW-1"), Row("new-2", "Alan Turing", fte: 0.5m, end: "2025-06-30"));
        result.ShouldHaveNoErrors();
        Statuses(result).ShouldBe([("new-1", "CREATED"), ("new-2", "CREATED")]);
        GlobalId.TryParse(MemberOf(result, 0), "Member", out var memberId).ShouldBeTrue();
        GlobalId.TryParse(result.Data("syncWorkforce", "rows", 1, "employmentId").GetString(), "Employment", out var employmentId).ShouldBeTrue();
        var member = await world.Api.ReadAsync(db => db.Members.Include(m => m.ExternalIds).SingleAsync(m => m.Id == memberId));
        (member.DisplayName, member.WorkEmail, member.ProfessionalRegistration).ShouldBe(("Grace Hopper", "grace@a.example", "NMC-NEW-1"));
        member.ExternalIds.Single().OrganisationId.ShouldBe(world.EmployerA.Id);
        var employment = await world.Api.ReadAsync(db => db.Employments.Include(e => e.Profession).SingleAsync(e => e.Id == employmentId));
        (employment.OrganisationId, employment.Role, employment.Profession!.Code, employment.Fte, employment.End?.ToString("yyyy-MM-dd", null))
            .ShouldBe((world.EmployerA.Id, "Staff nurse", "nursing", 0.5m, "2025-06-30"));
        var audit = await world.Api.ReadAsync(db => db.AuditEntries.Where(a => a.Action == "syncWorkforce" && a.Summary.Contains("2 created")).ToListAsync());
        audit.Count.ShouldBe(1);
        audit[0].TargetId.ShouldBe(world.EmployerA.Id);
    }

    [Fact]
    public async Task SyncWorkforce_SameRowsAgain_ReportsUnchangedAndWritesNothing()
    {
        Dictionary<string, object?>[] rows = [Row("again-1", "Mary Seacole", "mary@a.example"), Row("again-2", "Edith Cavell")];
        (await SyncAsync(world.HrA, rows)).ShouldHaveNoErrors();
        var audits = await world.Api.ReadAsync(db => db.AuditEntries.CountAsync());
        var versions = await world.Api.ReadAsync(db => db.Employments.Where(e => e.ExternalRef == "again-1" || e.ExternalRef == "again-2").SumAsync(e => e.Version));

        var again = await SyncAsync(world.HrA, rows);

        Statuses(again).ShouldBe([("again-1", "UNCHANGED"), ("again-2", "UNCHANGED")]);
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync())).ShouldBe(audits);
        (await world.Api.ReadAsync(db => db.Employments.Where(e => e.ExternalRef == "again-1" || e.ExternalRef == "again-2").SumAsync(e => e.Version))).ShouldBe(versions);
    }

    [Fact]
    public async Task SyncWorkforce_WorkEmailAndRoleChanged_UpdatesTheSameMemberAndEmployment()
    {
        var first = await SyncAsync(world.HrA, Row("mail-1", "Florence Nightingale", "fn@old.example"));
        var second = await SyncAsync(world.HrA, Row("mail-1", "Florence Nightingale", "fn@new.example", role: "Ward sister"));

        Statuses(second).ShouldBe([("mail-1", "UPDATED")]);
        MemberOf(second, 0).ShouldBe(MemberOf(first, 0));
        second.Data("syncWorkforce", "rows", 0, "employmentId").GetString().ShouldBe(first.Data("syncWorkforce", "rows", 0, "employmentId").GetString());
        var memberId = GlobalId.Parse(MemberOf(second, 0), "Member");
        (await world.Api.ReadAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.WorkEmail).SingleAsync())).ShouldBe("fn@new.example");
        (await world.Api.ReadAsync(db => db.Employments.Where(e => e.MemberId == memberId).Select(e => e.Role).ToListAsync())).ShouldBe(["Ward sister"]);
    }

    [Fact]
    public async Task SyncWorkforce_InvalidRows_RejectsEachWithItsReasonAndAppliesTheOthers()
    {
        await SyncAsync(world.HrA, Row("bad-holder", "Reg Holder", registration: "HCPC-1"), Row("bad-other", "Someone Else"));
        var before = await world.Api.ReadAsync(db => db.Members.CountAsync());

        var result = await SyncAsync(
            world.HrA,
            Row("bad-ok", "Good Row"),
            Row("bad-name", ""),
            Row("bad-profession", profession: "astrology"),
            Row("bad-fte", fte: 0m),
            Row("bad-dates", start: "2024-05-01", end: "2024-04-30"),
            Row("bad-ok", "Good Row Again"),
            Row("bad-malformed", memberId: "not-an-id"),
            Row("bad-unknown", memberId: GlobalId.Format("Member", 999_999)),
            Row("bad-other", "Someone Else", registration: "HCPC-1"));

        result.ShouldHaveNoErrors();
        Statuses(result).Select(s => s.Status).ShouldBe(["CREATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"]);
        RowErrors(result, 1).ShouldBe([("REQUIRED", "input.rows.1.displayName")]);
        RowErrors(result, 2).ShouldBe([("UNKNOWN_PROFESSION", "input.rows.2.professionCode")]);
        RowErrors(result, 3).ShouldBe([("FTE_OUT_OF_RANGE", "input.rows.3.fte")]);
        RowErrors(result, 4).ShouldBe([("END_BEFORE_START", "input.rows.4.end")]);
        RowErrors(result, 5).ShouldBe([("DUPLICATE_EXTERNAL_ID", "input.rows.5.externalId")]);
        RowErrors(result, 6).ShouldBe([("MALFORMED_ID", "input.rows.6.memberId")]);
        RowErrors(result, 7).ShouldBe([("LINK_CODE_REQUIRED", "input.rows.7.memberId")]);
        RowErrors(result, 8).ShouldBe([("REGISTRATION_TAKEN", "input.rows.8.professionalRegistration")]);
        result.Data("syncWorkforce", "rows", 1, "memberId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await world.Api.ReadAsync(db => db.Members.CountAsync())).ShouldBe(before + 1);
        (await world.Api.ReadAsync(db => db.MemberExternalIds.CountAsync(x => x.ExternalId.StartsWith("bad-") && x.ExternalId != "bad-holder" && x.ExternalId != "bad-other"))).ShouldBe(1);
    }

    [Fact]
    public async Task SyncWorkforce_MoreRowsThanOneBatch_ReportsEveryRowInOrderWithAnAuditPerBatch()
    {
        var rows = Enumerable.Range(0, 501).Select(i => Row($"bulk-{i:000}", $"Person {i}")).ToArray();

        var result = await SyncAsync(world.HrA, rows);

        var statuses = Statuses(result);
        statuses.Count.ShouldBe(501);
        statuses.ShouldAllBe(s => s.Status == "CREATED");
        result.Data("syncWorkforce", "rows", 500, "index").GetInt32().ShouldBe(500);
        result.Data("syncWorkforce", "rows", 500, "externalId").GetString().ShouldBe("bulk-500");
        var audits = await world.Api.ReadAsync(db => db.AuditEntries.Where(a => a.Action == "syncWorkforce" && a.Summary.Contains("rows 0-499")).CountAsync());
        audits.ShouldBeGreaterThanOrEqualTo(1);
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "syncWorkforce" && a.Summary.StartsWith("Workforce rows 500-500: 1 created")))).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task SyncWorkforce_MoreThanTheRowLimit_IsRefusedAndWritesNothing()
    {
        // Compact rows: the API's own refusal shows for a request well within the body limit.
        var rows = Enumerable.Range(0, 5001).Select(i => new { externalId = $"limit-{i}", displayName = "A", role = "R", professionCode = "nursing", start = "2024-01-01", fte = 1 }).ToArray();

        var result = await world.Api.PostAsync(Sync, new { input = new { rows } }, world.HrA);

        result.UserErrors("syncWorkforce").ShouldBe([("TOO_MANY_ROWS", "input.rows")]);
        result.Data("syncWorkforce", "rows").GetArrayLength().ShouldBe(0);
        (await world.Api.ReadAsync(db => db.MemberExternalIds.AnyAsync(x => x.ExternalId.StartsWith("limit-")))).ShouldBeFalse();
    }

    [Fact]
    public async Task SyncWorkforce_HrSystemNamingAnotherOrganisation_IsForbidden()
    {
        var result = await world.Api.PostAsync(Sync, new { input = new { organisationId = WorkforceWorld.IdOf(world.EmployerB), rows = new[] { Row("other-1") } } }, world.HrA);

        result.UserErrors("syncWorkforce").ShouldBe([("FORBIDDEN", null)]);
        (await world.Api.ReadAsync(db => db.MemberExternalIds.AnyAsync(x => x.ExternalId == "other-1"))).ShouldBeFalse();
    }

    [Fact]
    public async Task SyncWorkforce_AnonymousOrMember_IsDenied()
    {
        (await world.Api.PostAsync(Sync, new { input = new { rows = new[] { Row("anon-1") } } })).UserErrors("syncWorkforce").ShouldBe([("UNAUTHENTICATED", null)]);
        (await SyncAsync(world.Member, Row("member-1"))).UserErrors("syncWorkforce").ShouldBe([("FORBIDDEN", null)]);
        (await world.Api.ReadAsync(db => db.MemberExternalIds.AnyAsync(x => x.ExternalId == "anon-1" || x.ExternalId == "member-1"))).ShouldBeFalse();
    }

    [Fact]
    public async Task SyncWorkforce_AdminNamingTheOrganisation_SyncsItAndWithoutOneIsRefused()
    {
        var named = await world.Api.PostAsync(Sync, new { input = new { organisationId = WorkforceWorld.IdOf(world.EmployerB), rows = new[] { Row("admin-1") } } }, world.Admin);
        var unnamed = await SyncAsync(world.Admin, Row("admin-2"));

        Statuses(named).ShouldBe([("admin-1", "CREATED")]);
        (await world.Api.ReadAsync(db => db.MemberExternalIds.SingleAsync(x => x.ExternalId == "admin-1"))).OrganisationId.ShouldBe(world.EmployerB.Id);
        unnamed.UserErrors("syncWorkforce").ShouldBe([("BAD_USER_INPUT", "input.organisationId")]);
    }
}
