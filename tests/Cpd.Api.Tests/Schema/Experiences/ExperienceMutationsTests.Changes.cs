using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Experiences;

public sealed partial class ExperienceMutationsTests
{
    private const string Update = "mutation($input: UpdateExperienceInput!) { updateExperience(input: $input) { experience { title end fte version } errors { code field } } }";

    private const string Withdraw = "mutation($input: WithdrawExperienceInput!) { withdrawExperience(input: $input) { experience { withdrawnAt version } errors { code field } } }";

    [Fact]
    public async Task UpdateExperience_AsOwner_RevalidatesSavesAndBumpsTheVersion()
    {
        var record = await world.SeedSecondmentAsync();
        var result = await world.Api.PostAsync(Update, new { input = new { id = ExperienceWorld.ExperienceId(record.Id), expectedVersion = 0, title = "Longer secondment", end = "2025-12-31", fte = 0.8 } }, world.MemberKey);

        result.UserErrors("updateExperience").ShouldBeEmpty();
        var experience = result.Data("updateExperience", "experience");
        (experience.GetProperty("title").GetString(), experience.GetProperty("end").GetString(), experience.GetProperty("fte").GetDecimal(), experience.GetProperty("version").GetInt64())
            .ShouldBe(("Longer secondment", "2025-12-31", 0.8m, 1L));
        var stored = await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == record.Id));
        (stored.Title, stored.Version, stored.HostOrganisationId).ShouldBe(("Longer secondment", 1L, (long?)world.Host.Id));
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "updateExperience" && a.TargetId == record.Id))).ShouldBe(1);

        var ongoing = await world.Api.PostAsync(Update, new { input = new { id = ExperienceWorld.ExperienceId(record.Id), expectedVersion = 1, ongoing = true } }, world.MemberKey);
        ongoing.Data("updateExperience", "experience", "end").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task UpdateExperience_DomainRejectsOrFieldOfAnotherKind_NothingChanges()
    {
        var record = await world.SeedSecondmentAsync();
        var id = ExperienceWorld.ExperienceId(record.Id);
        var invalid = await world.Api.PostAsync(Update, new { input = new { id, expectedVersion = 0, end = "2020-01-01", fte = 2 } }, world.MemberKey);
        invalid.UserErrors("updateExperience").ShouldBe([("END_BEFORE_START", "input.end"), ("FTE_OUT_OF_RANGE", "input.fte")]);
        var other = await world.Api.PostAsync(Update, new { input = new { id, expectedVersion = 0, hours = 3, categories = new[] { "participatory" } } }, world.MemberKey);
        other.UserErrors("updateExperience").ShouldBe([("NOT_APPLICABLE", "input.hours"), ("NOT_APPLICABLE", "input.categories")]);
        var host = await world.Api.PostAsync(Update, new { input = new { id, expectedVersion = 0, hostOrganisationId = "x" } }, world.MemberKey);
        host.UserErrors("updateExperience").ShouldBe([("MALFORMED_ID", "input.hostOrganisationId")]);
        var stored = await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == record.Id));
        (stored.End, stored.Fte, stored.Version).ShouldBe((null, 0.6m, 0L));
    }

    [Fact]
    public async Task UpdateExperience_StaleVersion_IsAConflict()
    {
        var record = await world.SeedSecondmentAsync();
        var id = ExperienceWorld.ExperienceId(record.Id);
        (await world.Api.PostAsync(Update, new { input = new { id, expectedVersion = 0, title = "First" } }, world.MemberKey)).UserErrors("updateExperience").ShouldBeEmpty();
        var stale = await world.Api.PostAsync(Update, new { input = new { id, expectedVersion = 0, title = "Second" } }, world.MemberKey);
        stale.UserErrors("updateExperience").ShouldBe([("CONFLICT", "input.expectedVersion")]);
        (await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == record.Id))).Title.ShouldBe("First");
    }

    [Fact]
    public async Task UpdateExperience_TwoConcurrentEdits_ExactlyOneWins()
    {
        var record = await world.SeedSecondmentAsync();
        var id = ExperienceWorld.ExperienceId(record.Id);
        var edits = await Task.WhenAll(
            world.Api.PostAsync(Update, new { input = new { id, expectedVersion = 0, title = "Edit A" } }, world.MemberKey),
            world.Api.PostAsync(Update, new { input = new { id, expectedVersion = 0, title = "Edit B" } }, world.MemberKey));

        edits.ShouldAllBe(e => e.Errors.Count == 0);
        var outcomes = edits.Select(e => e.UserErrors("updateExperience").Select(u => u.Code).SingleOrDefault()).ToList();
        outcomes.Count(o => o == null).ShouldBe(1);
        outcomes.Count(o => o == "CONFLICT").ShouldBe(1);
        var winner = edits[outcomes.IndexOf(null)].Data("updateExperience", "experience", "title").GetString();
        var stored = await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == record.Id));
        (stored.Title, stored.Version).ShouldBe((winner!, 1L));
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task UpdateExperience_EachCaller_OnlyTheOwnerMayChangeIt(string caller)
    {
        var record = await world.SeedSecondmentAsync();
        var result = await world.Api.PostAsync(Update, new { input = new { id = ExperienceWorld.ExperienceId(record.Id), expectedVersion = 0, title = "Changed" } }, world.Key(caller));

        // Another member's experience is NOT_FOUND to a member, like a missing one: ids of others' records reveal nothing.
        var expected = caller == "other-member" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member");
        result.UserErrors("updateExperience").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == record.Id))).Title.ShouldBe(expected is null ? "Changed" : record.Title);
    }

    [Fact]
    public async Task WithdrawExperience_AsOwner_MarksItWithdrawnAndItCannotChangeAgain()
    {
        var record = await world.SeedSecondmentAsync();
        var id = ExperienceWorld.ExperienceId(record.Id);
        var result = await world.Api.PostAsync(Withdraw, new { input = new { id } }, world.MemberKey);

        result.UserErrors("withdrawExperience").ShouldBeEmpty();
        result.Data("withdrawExperience", "experience", "withdrawnAt").GetString().ShouldBe("2026-11-22T09:00:00Z");
        var stored = await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == record.Id));
        (stored.WithdrawnAt, stored.Version).ShouldBe((world.Api.Clock.Now, 1L));
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "withdrawExperience" && a.TargetId == record.Id))).ShouldBe(1);
        (await world.Api.PostAsync(Withdraw, new { input = new { id } }, world.MemberKey)).UserErrors("withdrawExperience").ShouldBe([("ALREADY_WITHDRAWN", "input.id")]);
        (await world.Api.PostAsync(Update, new { input = new { id, expectedVersion = 1, title = "X" } }, world.MemberKey)).UserErrors("updateExperience").ShouldBe([("ALREADY_WITHDRAWN", "input.id")]);
    }

    [Fact]
    public async Task WithdrawExperience_UnknownOrMalformedId_IsRejectedAtId()
    {
        (await world.Api.PostAsync(Withdraw, new { input = new { id = ExperienceWorld.ExperienceId(987_654) } }, world.MemberKey)).UserErrors("withdrawExperience").ShouldBe([("NOT_FOUND", "input.id")]);
        (await world.Api.PostAsync(Withdraw, new { input = new { id = "nope" } }, world.MemberKey)).UserErrors("withdrawExperience").ShouldBe([("MALFORMED_ID", "input.id")]);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task WithdrawExperience_EachCaller_OnlyTheOwnerMayWithdrawIt(string caller)
    {
        var record = await world.SeedSecondmentAsync();
        var result = await world.Api.PostAsync(Withdraw, new { input = new { id = ExperienceWorld.ExperienceId(record.Id) } }, world.Key(caller));

        var expected = caller == "other-member" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member");
        result.UserErrors("withdrawExperience").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await world.Api.ReadAsync(db => db.Experiences.SingleAsync(x => x.Id == record.Id))).WithdrawnAt.HasValue.ShouldBe(expected is null);
    }

    [Fact]
    public async Task LogSecondment_RetriedWithTheSameIdempotencyKey_WritesOneExperience()
    {
        const string title = "Secondment sent twice";
        async Task<string> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, world.Api.Endpoint)
            {
                Content = JsonContent.Create(new { query = Mutation("logSecondment"), variables = new { input = Secondment(title) } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", world.MemberKey);
            request.Headers.Add("Idempotency-Key", "retry-log-secondment-1");
            using var response = await world.Api.Client.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        var first = await SendAsync();
        var second = await SendAsync();

        second.ShouldBe(first);
        (await world.Api.ReadAsync(db => db.Experiences.CountAsync(x => x.Title == title))).ShouldBe(1);
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "logSecondment" && a.Summary.Contains(title)))).ShouldBe(1);
    }
}
