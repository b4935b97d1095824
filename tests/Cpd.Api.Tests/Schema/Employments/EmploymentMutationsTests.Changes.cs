using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Schema.Experiences;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Employments;

/// <summary><c>updateEmployment</c>, <c>endEmployment</c>, and edits racing each other or a workforce sync.</summary>
public sealed partial class EmploymentMutationsTests
{
    private const string Update = "mutation($input: UpdateEmploymentInput!) { updateEmployment(input: $input) { " + Fields + " } }";

    private const string End = "mutation($input: EndEmploymentInput!) { endEmployment(input: $input) { " + Fields + " } }";

    private Task<GraphQLResponse> UpdateAsync(object input, string? key) => world.Api.PostAsync(Update, new { input }, key);

    private Task<GraphQLResponse> EndAsync(object input, string? key) => world.Api.PostAsync(End, new { input }, key);

    [Fact]
    public async Task UpdateEmployment_ChangedFields_AreValidatedSavedAuditedAndBumpTheVersion()
    {
        var record = await SeedEmploymentAsync();

        var result = await UpdateAsync(new { employmentId = EmploymentId(record.Id), expectedVersion = 0, role = "Ward sister", fte = 0.8m, professionCode = "public-health" }, world.MemberKey);

        result.UserErrors("updateEmployment").ShouldBeEmpty();
        var employment = result.Data("updateEmployment", "employment");
        (employment.GetProperty("role").GetString(), employment.GetProperty("fte").GetDecimal(), employment.GetProperty("version").GetInt64()).ShouldBe(("Ward sister", 0.8m, 1L));
        employment.GetProperty("profession").GetProperty("code").GetString().ShouldBe("public-health");
        result.Data("updateEmployment", "member", "displayName").GetString().ShouldBe("Ada Okafor");
        var stored = await StoredAsync(record.Id);
        (stored.Role, stored.Fte, stored.Profession!.Code, stored.Start, stored.Version).ShouldBe(("Ward sister", 0.8m, "public-health", record.Start, 1L));
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "updateEmployment" && a.TargetId == record.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task UpdateEmployment_OngoingOrEndAndOngoing_RemovesTheEndOrIsRefused()
    {
        var record = await SeedEmploymentAsync();
        var id = EmploymentId(record.Id);
        (await UpdateAsync(new { employmentId = id, expectedVersion = 0, end = "2026-03-31" }, world.MemberKey)).UserErrors("updateEmployment").ShouldBeEmpty();

        var both = await UpdateAsync(new { employmentId = id, expectedVersion = 1, end = "2026-04-30", ongoing = true }, world.MemberKey);
        var ongoing = await UpdateAsync(new { employmentId = id, expectedVersion = 1, ongoing = true }, world.MemberKey);

        both.UserErrors("updateEmployment").ShouldBe([("BAD_USER_INPUT", "input.ongoing")]);
        ongoing.UserErrors("updateEmployment").ShouldBeEmpty();
        ongoing.Data("updateEmployment", "employment", "end").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await StoredAsync(record.Id)).End.ShouldBeNull();
    }

    [Theory]
    [InlineData("fte", 1.5, "FTE_OUT_OF_RANGE", "input.fte")]
    [InlineData("end", "2020-01-01", "END_BEFORE_START", "input.end")]
    [InlineData("role", " ", "REQUIRED", "input.role")]
    [InlineData("professionCode", "astrology", "UNKNOWN_PROFESSION", "input.professionCode")]
    public async Task UpdateEmployment_DomainRejection_IsAUserErrorAndChangesNothing(string field, object value, string code, string path)
    {
        var record = await SeedEmploymentAsync();
        var input = new Dictionary<string, object?> { ["employmentId"] = EmploymentId(record.Id), ["expectedVersion"] = 0, [field] = value };

        var result = await UpdateAsync(input, world.MemberKey);

        result.UserErrors("updateEmployment").ShouldBe([(code, path)]);
        var stored = await StoredAsync(record.Id);
        (stored.Role, stored.Fte, stored.End, stored.Version).ShouldBe((record.Role, record.Fte, record.End, 0L));
    }

    [Fact]
    public async Task UpdateEmployment_MalformedOrUnknownId_IsRefusedAtEmploymentId()
    {
        (await UpdateAsync(new { employmentId = "nope", expectedVersion = 0 }, world.MemberKey)).UserErrors("updateEmployment").ShouldBe([("MALFORMED_ID", "input.employmentId")]);
        (await UpdateAsync(new { employmentId = EmploymentId(987_654), expectedVersion = 0 }, world.MemberKey)).UserErrors("updateEmployment").ShouldBe([("NOT_FOUND", "input.employmentId")]);
    }

    [Fact]
    public async Task UpdateEmployment_StaleExpectedVersion_IsAConflictAndKeepsTheFirstEdit()
    {
        var record = await SeedEmploymentAsync();
        var id = EmploymentId(record.Id);
        (await UpdateAsync(new { employmentId = id, expectedVersion = 0, role = "First" }, world.MemberKey)).UserErrors("updateEmployment").ShouldBeEmpty();

        var stale = await UpdateAsync(new { employmentId = id, expectedVersion = 0, role = "Second" }, world.Key("hr-host"));

        stale.UserErrors("updateEmployment").ShouldBe([("CONFLICT", "input.expectedVersion")]);
        (await StoredAsync(record.Id)).Role.ShouldBe("First");
    }

    [Fact]
    public async Task UpdateEmployment_TwoConcurrentEdits_ExactlyOneWinsTheOtherGetsConflict()
    {
        var record = await SeedEmploymentAsync();
        var id = EmploymentId(record.Id);

        var edits = await Task.WhenAll(
            UpdateAsync(new { employmentId = id, expectedVersion = 0, role = "Edit by member" }, world.MemberKey),
            UpdateAsync(new { employmentId = id, expectedVersion = 0, role = "Edit by HR" }, world.Key("hr-host")));

        edits.ShouldAllBe(e => e.Errors.Count == 0);
        var outcomes = edits.Select(e => e.UserErrors("updateEmployment").Select(u => u.Code).SingleOrDefault()).ToList();
        outcomes.Count(o => o == null).ShouldBe(1);
        outcomes.Count(o => o == "CONFLICT").ShouldBe(1);
        var winner = edits[outcomes.IndexOf(null)].Data("updateEmployment", "employment", "role").GetString();
        var stored = await StoredAsync(record.Id);
        (stored.Role, stored.Version).ShouldBe((winner!, 1L));
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task UpdateEmployment_EachCaller_OnlyTheMemberTheEmployersHrAndAdminsMayChangeIt(string caller)
    {
        var record = await SeedEmploymentAsync();

        var result = await UpdateAsync(new { employmentId = EmploymentId(record.Id), expectedVersion = 0, role = "Changed" }, world.Key(caller));

        // Those who may write employments but not this one find it NOT_FOUND, like a missing one: ids of others' records reveal nothing.
        var expected = caller is "other-member" or "hr-other" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member", "hr-host", "admin");
        result.UserErrors("updateEmployment").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await StoredAsync(record.Id)).Role.ShouldBe(expected is null ? "Changed" : record.Role);
    }

    [Fact]
    public async Task EndEmployment_Leaver_SetsTheLastDayAuditsAndBumpsTheVersion()
    {
        var record = await SeedEmploymentAsync();

        var result = await EndAsync(new { employmentId = EmploymentId(record.Id), end = "2026-11-30", expectedVersion = 0, clientMutationId = "leaver" }, world.Key("hr-host"));

        result.UserErrors("endEmployment").ShouldBeEmpty();
        result.Data("endEmployment", "employment", "end").GetString().ShouldBe("2026-11-30");
        result.Data("endEmployment", "clientMutationId").GetString().ShouldBe("leaver");
        var stored = await StoredAsync(record.Id);
        (stored.End?.ToString("uuuu-MM-dd", null), stored.Version, stored.Role).ShouldBe(("2026-11-30", 1L, record.Role));
        (await world.Api.ReadAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "endEmployment" && a.TargetId == record.Id))).ActorRole.ShouldBe("HR_SYSTEM");
    }

    [Fact]
    public async Task EndEmployment_BeforeTheStartOrStale_IsRefused()
    {
        var record = await SeedEmploymentAsync();
        var id = EmploymentId(record.Id);

        var early = await EndAsync(new { employmentId = id, end = "2023-03-31", expectedVersion = 0 }, world.MemberKey);
        var stale = await EndAsync(new { employmentId = id, end = "2026-03-31", expectedVersion = 3 }, world.MemberKey);
        var unknown = await EndAsync(new { employmentId = "x", end = "2026-03-31", expectedVersion = 0 }, world.MemberKey);

        early.UserErrors("endEmployment").ShouldBe([("END_BEFORE_START", "input.end")]);
        stale.UserErrors("endEmployment").ShouldBe([("CONFLICT", "input.expectedVersion")]);
        unknown.UserErrors("endEmployment").ShouldBe([("MALFORMED_ID", "input.employmentId")]);
        var stored = await StoredAsync(record.Id);
        (stored.End, stored.Version).ShouldBe((null, 0L));
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task EndEmployment_EachCaller_OnlyTheMemberTheEmployersHrAndAdminsMayEndIt(string caller)
    {
        var record = await SeedEmploymentAsync();

        var result = await EndAsync(new { employmentId = EmploymentId(record.Id), end = "2026-10-31", expectedVersion = 0 }, world.Key(caller));

        var expected = caller is "other-member" or "hr-other" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member", "hr-host", "admin");
        result.UserErrors("endEmployment").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await StoredAsync(record.Id)).End.ShouldBe(expected is null ? new NodaTime.LocalDate(2026, 10, 31) : null);
    }

    [Fact]
    public async Task UpdateEmployment_AfterAWorkforceSyncChangedIt_IsAConflictAndTheSyncStands()
    {
        var (employmentId, memberKey) = await SyncNewJoinerAsync("race-1");
        var synced = await SyncRowAsync("race-1", role: "Charge nurse");
        synced.Data("syncWorkforce", "rows", 0, "status").GetString().ShouldBe("UPDATED");

        var edit = await UpdateAsync(new { employmentId, expectedVersion = 0, fte = 0.5m }, memberKey);

        edit.UserErrors("updateEmployment").ShouldBe([("CONFLICT", "input.expectedVersion")]);
        var stored = await StoredAsync(GlobalId.Parse(employmentId, "Employment"));
        (stored.Role, stored.Fte, stored.Version).ShouldBe(("Charge nurse", 1m, 1L));
    }

    [Fact]
    public async Task UpdateEmployment_RacingAWorkforceSync_OneWinsAndTheVersionCountsEveryWrite()
    {
        var (employmentId, memberKey) = await SyncNewJoinerAsync("race-2");

        var (edit, sync) = (UpdateAsync(new { employmentId, expectedVersion = 0, fte = 0.5m }, memberKey), SyncRowAsync("race-2", role: "Charge nurse"));
        await Task.WhenAll(edit, sync);

        (await edit).Errors.ShouldBeEmpty();
        (await sync).Errors.ShouldBeEmpty();
        var memberWon = (await edit).UserErrors("updateEmployment").Count == 0;
        if (!memberWon)
        {
            // The sync wrote first: the member's edit was based on a version that no longer exists.
            (await edit).UserErrors("updateEmployment").ShouldBe([("CONFLICT", "input.expectedVersion")]);
        }

        // Either way the sync's row is applied (it is the HR extract: it sets back a member's edit of a synced employment), and
        // the version counts each write that happened.
        (await sync).Data("syncWorkforce", "rows", 0, "status").GetString().ShouldBe("UPDATED");
        var stored = await StoredAsync(GlobalId.Parse(employmentId, "Employment"));
        (stored.Role, stored.Fte, stored.Version).ShouldBe(("Charge nurse", 1m, memberWon ? 2L : 1L));
    }

    private static string EmploymentId(long id) => GlobalId.Format("Employment", id);

    private Task<EmploymentRecord> StoredAsync(long id) =>
        world.Api.ReadAsync(db => db.Employments.Include(e => e.Profession).AsNoTracking().SingleAsync(e => e.Id == id));

    private Task<GraphQLResponse> SyncRowAsync(string externalId, string role = "Staff nurse") => world.Api.PostAsync(
        "mutation($input: SyncWorkforceInput!) { syncWorkforce(input: $input) { rows { status memberId employmentId errors { code } } errors { code } } }",
        new { input = new { rows = new[] { new { externalId, displayName = "Joan Synced", role, professionCode = "nursing", start = "2024-01-01", fte = 1m } } } },
        world.Key("hr-host"));

    /// <summary>A member created by the host trust's workforce sync, their employment's id and their own key.</summary>
    private async Task<(string EmploymentId, string MemberKey)> SyncNewJoinerAsync(string externalId)
    {
        var created = await SyncRowAsync(externalId);
        created.Data("syncWorkforce", "rows", 0, "status").GetString().ShouldBe("CREATED");
        var memberId = GlobalId.Parse(created.Data("syncWorkforce", "rows", 0, "memberId").GetString()!, "Member");
        return (created.Data("syncWorkforce", "rows", 0, "employmentId").GetString()!, await world.Api.KeyAsync(CallerRole.Member, memberId));
    }
}
