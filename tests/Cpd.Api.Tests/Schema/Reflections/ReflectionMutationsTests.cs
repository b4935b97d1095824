using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Schema.Experiences;
using Cpd.Api.Tests.Support;
using Cpd.Domain.Reflections;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Reflections;

/// <summary><c>addReflection</c>, <c>updateReflection</c> and <c>setReflectionVisibility</c> through the real server.</summary>
public sealed class ReflectionMutationsTests(ExperienceWorld world) : IClassFixture<ExperienceWorld>
{
    private const string Fields = "reflection { id visibility version whatWorked whatDidNotWork whatIdDoDifferently } errors { code message field }";

    private const string Add = $"mutation($input: AddReflectionInput!) {{ addReflection(input: $input) {{ {Fields} }} }}";

    private const string Update = $"mutation($input: UpdateReflectionInput!) {{ updateReflection(input: $input) {{ {Fields} }} }}";

    private const string SetVisibility = $"mutation($input: SetReflectionVisibilityInput!) {{ setReflectionVisibility(input: $input) {{ {Fields} }} }}";

    private static string ReflectionId(long id) => GlobalId.Format("Reflection", id);

    private Task<GraphQLResponse> AddAsync(long? experienceId, string? key, string whatDidNotWork = "We never agreed who owned the budget.", string? visibility = null, string? whatWorked = null) =>
        world.Api.PostAsync(Add, new { input = new { experienceId = experienceId is { } id ? ExperienceWorld.ExperienceId(id) : null, whatDidNotWork, whatWorked, visibility } }, key);

    private async Task<ReflectionRecord> SeedReflectionAsync(ReflectionVisibility visibility = ReflectionVisibility.Private)
    {
        var experience = await world.SeedSecondmentAsync();
        ReflectionRecord record = null!;
        await world.Api.SeedAsync(async (db, ids) =>
        {
            record = new ReflectionRecord
            {
                Id = await ids.NextAsync<ReflectionRecord>(db), MemberId = world.Member.Id, ExperienceId = experience.Id, WhatWorked = "Weekly huddles.",
                WhatDidNotWork = "Two IT systems.", Visibility = visibility, CreatedAt = ApiServer.Start, UpdatedAt = ApiServer.Start,
            };
            db.Reflections.Add(record);
        });
        return record;
    }

    private Task<int> CountAsync(long experienceId) => world.Api.ReadAsync(db => db.Reflections.CountAsync(r => r.ExperienceId == experienceId));

    [Fact]
    public async Task AddReflection_AsMember_IsPrivateByDefaultAndAuditedWithoutItsText()
    {
        var experience = await world.SeedSecondmentAsync();
        var result = await AddAsync(experience.Id, world.MemberKey, "  We never agreed who owned the budget. ", whatWorked: " ");

        result.UserErrors("addReflection").ShouldBeEmpty();
        var reflection = result.Data("addReflection", "reflection");
        (reflection.GetProperty("visibility").GetString(), reflection.GetProperty("whatDidNotWork").GetString(), reflection.GetProperty("version").GetInt64())
            .ShouldBe(("PRIVATE", "We never agreed who owned the budget.", 0L));
        reflection.GetProperty("whatWorked").ValueKind.ShouldBe(JsonValueKind.Null);
        GlobalId.TryParse(reflection.GetProperty("id").GetString(), "Reflection", out var id).ShouldBeTrue();
        var stored = await world.Api.ReadAsync(db => db.Reflections.SingleAsync(r => r.Id == id));
        (stored.MemberId, stored.ExperienceId, stored.Visibility).ShouldBe((world.Member.Id, (long?)experience.Id, ReflectionVisibility.Private));
        var audit = await world.Api.ReadAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "addReflection" && a.TargetId == id));
        audit.Summary.ShouldNotContain("budget");
        (await world.Api.PostAsync("query($id: ID!) { node(id: $id) { ... on Experience { reflection { id } } } }", new { id = ExperienceWorld.ExperienceId(experience.Id) }, world.MemberKey))
            .Data("node", "reflection", "id").GetString().ShouldBe(ReflectionId(id));
    }

    [Fact]
    public async Task AddReflection_GeneralAndShared_IsStoredWithoutAnExperience()
    {
        var result = await AddAsync(null, world.MemberKey, "Cross-sector meetings ran over.", "SHARED_WITH_ASSESSORS");

        result.UserErrors("addReflection").ShouldBeEmpty();
        result.Data("addReflection", "reflection", "visibility").GetString().ShouldBe("SHARED_WITH_ASSESSORS");
        GlobalId.TryParse(result.Data("addReflection", "reflection", "id").GetString(), "Reflection", out var id).ShouldBeTrue();
        (await world.Api.ReadAsync(db => db.Reflections.SingleAsync(r => r.Id == id))).ExperienceId.ShouldBeNull();
    }

    [Fact]
    public async Task AddReflection_BlankWhatDidNotWorkOrTooLongText_IsRejectedAndWritesNothing()
    {
        var experience = await world.SeedSecondmentAsync();
        (await AddAsync(experience.Id, world.MemberKey, "   ")).UserErrors("addReflection").ShouldBe([("REQUIRED", "input.whatDidNotWork")]);
        (await AddAsync(experience.Id, world.MemberKey, whatWorked: new string('w', 10_001))).UserErrors("addReflection").ShouldBe([("TOO_LONG", "input.whatWorked")]);
        (await CountAsync(experience.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task AddReflection_UnknownOthersWithdrawnOrReflectedExperience_IsRejectedAtExperienceId()
    {
        var others = await world.SeedSecondmentAsync(world.OtherMember.Id);
        (await AddAsync(others.Id, world.MemberKey)).UserErrors("addReflection").ShouldBe([("NOT_FOUND", "input.experienceId")]);
        (await AddAsync(987_654_321, world.MemberKey)).UserErrors("addReflection").ShouldBe([("NOT_FOUND", "input.experienceId")]);
        var malformed = await world.Api.PostAsync(Add, new { input = new { experienceId = "x", whatDidNotWork = "W" } }, world.MemberKey);
        malformed.UserErrors("addReflection").ShouldBe([("MALFORMED_ID", "input.experienceId")]);
        var reflected = await world.SeedSecondmentAsync();
        (await AddAsync(reflected.Id, world.MemberKey)).UserErrors("addReflection").ShouldBeEmpty();
        (await AddAsync(reflected.Id, world.MemberKey)).UserErrors("addReflection").ShouldBe([("ALREADY_EXISTS", "input.experienceId")]);
        var withdrawn = await world.SeedSecondmentAsync();
        await world.Api.SeedAsync(async (db, _) => (await db.Experiences.SingleAsync(x => x.Id == withdrawn.Id)).WithdrawnAt = world.Api.Clock.Now);
        (await AddAsync(withdrawn.Id, world.MemberKey)).UserErrors("addReflection").ShouldBe([("ALREADY_WITHDRAWN", "input.experienceId")]);
        (await CountAsync(reflected.Id)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task AddReflection_EachCaller_OnlyTheMemberMayReflectOnTheirExperience(string caller)
    {
        var experience = await world.SeedSecondmentAsync();
        var result = await AddAsync(experience.Id, world.Key(caller));

        var expected = caller == "other-member" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member");
        result.UserErrors("addReflection").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await CountAsync(experience.Id)).ShouldBe(expected is null ? 1 : 0);
    }

    [Fact]
    public async Task AddReflection_RetriedWithTheSameIdempotencyKey_WritesOneReflection()
    {
        var experience = await world.SeedSecondmentAsync();
        async Task<string> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, world.Api.Endpoint)
            {
                Content = JsonContent.Create(new { query = Add, variables = new { input = new { experienceId = ExperienceWorld.ExperienceId(experience.Id), whatDidNotWork = "Sent twice." } } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", world.MemberKey);
            request.Headers.Add("Idempotency-Key", "retry-add-reflection-1");
            using var response = await world.Api.Client.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        var first = await SendAsync();
        var second = await SendAsync();

        second.ShouldBe(first);
        first.ShouldNotContain("ALREADY_EXISTS");
        (await CountAsync(experience.Id)).ShouldBe(1);
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "addReflection" && a.Summary.Contains($"experience {experience.Id}")))).ShouldBe(1);
    }

    [Fact]
    public async Task UpdateReflection_AsOwner_RevalidatesSavesAndBumpsTheVersion()
    {
        var record = await SeedReflectionAsync();
        var result = await world.Api.PostAsync(Update, new { input = new { id = ReflectionId(record.Id), expectedVersion = 0, whatDidNotWork = "Three IT systems.", whatWorked = "" } }, world.MemberKey);

        result.UserErrors("updateReflection").ShouldBeEmpty();
        var reflection = result.Data("updateReflection", "reflection");
        (reflection.GetProperty("whatDidNotWork").GetString(), reflection.GetProperty("version").GetInt64()).ShouldBe(("Three IT systems.", 1L));
        reflection.GetProperty("whatWorked").ValueKind.ShouldBe(JsonValueKind.Null);
        (await world.Api.ReadAsync(db => db.Reflections.SingleAsync(r => r.Id == record.Id))).Version.ShouldBe(1);
        (await world.Api.ReadAsync(db => db.AuditEntries.CountAsync(a => a.Action == "updateReflection" && a.TargetId == record.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task UpdateReflection_StaleVersionBlankTextOrUnknownId_IsRejected()
    {
        var record = await SeedReflectionAsync();
        (await world.Api.PostAsync(Update, new { input = new { id = ReflectionId(record.Id), expectedVersion = 3, whatDidNotWork = "X" } }, world.MemberKey))
            .UserErrors("updateReflection").ShouldBe([("CONFLICT", "input.expectedVersion")]);
        (await world.Api.PostAsync(Update, new { input = new { id = ReflectionId(record.Id), expectedVersion = 0, whatDidNotWork = " " } }, world.MemberKey))
            .UserErrors("updateReflection").ShouldBe([("REQUIRED", "input.whatDidNotWork")]);
        (await world.Api.PostAsync(Update, new { input = new { id = ReflectionId(987_654_321), expectedVersion = 0 } }, world.MemberKey))
            .UserErrors("updateReflection").ShouldBe([("NOT_FOUND", "input.id")]);
        (await world.Api.PostAsync(Update, new { input = new { id = ExperienceWorld.ExperienceId(record.Id), expectedVersion = 0 } }, world.MemberKey))
            .UserErrors("updateReflection").ShouldBe([("MALFORMED_ID", "input.id")]);
        (await world.Api.ReadAsync(db => db.Reflections.SingleAsync(r => r.Id == record.Id))).WhatDidNotWork.ShouldBe("Two IT systems.");
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task UpdateReflection_EachCaller_OnlyTheOwnerMayChangeIt(string caller)
    {
        var record = await SeedReflectionAsync(ReflectionVisibility.SharedWithAssessors);
        var result = await world.Api.PostAsync(Update, new { input = new { id = ReflectionId(record.Id), expectedVersion = 0, whatDidNotWork = $"Changed by {caller}" } }, world.Key(caller));

        var expected = caller == "other-member" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member");
        result.UserErrors("updateReflection").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await world.Api.ReadAsync(db => db.Reflections.SingleAsync(r => r.Id == record.Id))).WhatDidNotWork.ShouldBe(expected is null ? $"Changed by {caller}" : "Two IT systems.");
    }

    [Fact]
    public async Task SetReflectionVisibility_SharedThenPrivate_DecidesWhetherAnAssessorWithAccessReadsTheText()
    {
        var record = await SeedReflectionAsync();
        const string read = "query($id: ID!) { node(id: $id) { ... on Reflection { whatDidNotWork } } }";
        var assessor = world.Key("assessor-with-access");

        var shared = await world.Api.PostAsync(SetVisibility, new { input = new { reflectionId = ReflectionId(record.Id), visibility = "SHARED_WITH_ASSESSORS", expectedVersion = 0 } }, world.MemberKey);
        shared.UserErrors("setReflectionVisibility").ShouldBeEmpty();
        shared.Data("setReflectionVisibility", "reflection", "version").GetInt64().ShouldBe(1);
        (await world.Api.PostAsync(read, new { id = ReflectionId(record.Id) }, assessor)).Data("node", "whatDidNotWork").GetString().ShouldBe("Two IT systems.");

        var hidden = await world.Api.PostAsync(SetVisibility, new { input = new { reflectionId = ReflectionId(record.Id), visibility = "PRIVATE" } }, world.MemberKey);
        hidden.Data("setReflectionVisibility", "reflection", "visibility").GetString().ShouldBe("PRIVATE");
        (await world.Api.PostAsync(read, new { id = ReflectionId(record.Id) }, assessor)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        var audit = await world.Api.ReadAsync(db => db.AuditEntries.Where(a => a.Action == "setReflectionVisibility" && a.TargetId == record.Id).OrderBy(a => a.Id).Select(a => a.Summary).ToListAsync());
        audit.ShouldBe([$"SharedWithAssessors reflection on experience {record.ExperienceId}", $"Private reflection on experience {record.ExperienceId}"]);
    }

    [Fact]
    public async Task SetReflectionVisibility_StaleVersionUnknownOrMalformedId_IsRejected()
    {
        var record = await SeedReflectionAsync();
        (await world.Api.PostAsync(SetVisibility, new { input = new { reflectionId = ReflectionId(record.Id), visibility = "PUBLISHED_ANONYMISED", expectedVersion = 5 } }, world.MemberKey))
            .UserErrors("setReflectionVisibility").ShouldBe([("CONFLICT", "input.expectedVersion")]);
        (await world.Api.PostAsync(SetVisibility, new { input = new { reflectionId = ReflectionId(987_654_321), visibility = "PRIVATE" } }, world.MemberKey))
            .UserErrors("setReflectionVisibility").ShouldBe([("NOT_FOUND", "input.reflectionId")]);
        (await world.Api.PostAsync(SetVisibility, new { input = new { reflectionId = "??", visibility = "PRIVATE" } }, world.MemberKey))
            .UserErrors("setReflectionVisibility").ShouldBe([("MALFORMED_ID", "input.reflectionId")]);
        (await world.Api.ReadAsync(db => db.Reflections.SingleAsync(r => r.Id == record.Id))).Visibility.ShouldBe(ReflectionVisibility.Private);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task SetReflectionVisibility_EachCaller_OnlyTheOwnerMayChangeIt(string caller)
    {
        var record = await SeedReflectionAsync();
        var result = await world.Api.PostAsync(SetVisibility, new { input = new { reflectionId = ReflectionId(record.Id), visibility = "PUBLISHED_ANONYMISED" } }, world.Key(caller));

        var expected = caller == "other-member" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member");
        result.UserErrors("setReflectionVisibility").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await world.Api.ReadAsync(db => db.Reflections.SingleAsync(r => r.Id == record.Id))).Visibility
            .ShouldBe(expected is null ? ReflectionVisibility.PublishedAnonymised : ReflectionVisibility.Private);
    }
}
