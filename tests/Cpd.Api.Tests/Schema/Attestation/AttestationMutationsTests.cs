using System.Text.Json;
using Cpd.Api.Tests.Schema.Experiences;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Tests.Schema.Attestation;

/// <summary><c>attestExperience</c> by hosts' HR systems and assessors, through the real server.</summary>
public sealed partial class AttestationMutationsTests(ExperienceWorld world) : IClassFixture<ExperienceWorld>
{
    private const string Attest = "mutation($input: AttestExperienceInput!) { attestExperience(input: $input) { attestation { level method outcome attestorName at } experience { verification attestations { method outcome } } errors { code message field } } }";

    private const string Read = "query($id: ID!) { node(id: $id) { ... on Experience { verification attestations { level method outcome attestorName } attestationRequests { attestorName attestorEmail issuedAt expiresAt usedAt used } } } }";

    private Task<GraphQLResponse> AttestAsync(long experienceId, string? key, string outcome = "CONFIRMED", string? comment = null) =>
        world.Api.PostAsync(Attest, new { input = new { experienceId = ExperienceWorld.ExperienceId(experienceId), outcome, comment } }, key);

    private async Task<JsonElement> ReadAsMemberAsync(long experienceId)
    {
        var result = await world.Api.PostAsync(Read, new { id = ExperienceWorld.ExperienceId(experienceId) }, world.MemberKey);
        result.ShouldHaveNoErrors();
        return result.Data("node");
    }

    [Fact]
    public async Task AttestExperience_AsHostHrSystem_AttestsRecordsWhoWhenHowAndAudits()
    {
        var record = await world.SeedSecondmentAsync();
        var result = await AttestAsync(record.Id, world.Key("hr-host"), comment: "  Confirmed by the trust's HR team. ");

        result.UserErrors("attestExperience").ShouldBeEmpty();
        var attestation = result.Data("attestExperience", "attestation");
        (attestation.GetProperty("level").GetString(), attestation.GetProperty("method").GetString(), attestation.GetProperty("outcome").GetString(), attestation.GetProperty("attestorName").GetString())
            .ShouldBe(("ATTESTED", "HOST_ORGANISATION", "CONFIRMED", "Northshire NHS Trust"));
        attestation.GetProperty("at").GetString().ShouldBe(world.Api.Clock.Now.ToString());
        // The trust does not employ the member, so it may attest the secondment but not read the member's record.
        result.Data("attestExperience", "experience").ValueKind.ShouldBe(JsonValueKind.Null);
        (await ReadAsMemberAsync(record.Id)).GetProperty("verification").GetString().ShouldBe("ATTESTED");
        var stored = await world.Api.ReadAsync(db => db.Attestations.SingleAsync(a => a.ExperienceId == record.Id));
        (stored.AttestorReference, stored.Comment, stored.ActorKeyId.HasValue).ShouldBe((ExperienceWorld.IdOf(world.Host), "Confirmed by the trust's HR team.", true));
        var audit = await world.Api.ReadAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "attestExperience" && a.TargetId == record.Id));
        (audit.ActorRole, audit.TargetType).ShouldBe(("HR_SYSTEM", "Experience"));
    }

    [Fact]
    public async Task AttestExperience_AsAssessorWithAccess_VerifiesAndReturnsTheExperience()
    {
        var record = await world.SeedSecondmentAsync();
        var result = await AttestAsync(record.Id, world.Key("assessor-with-access"));

        result.UserErrors("attestExperience").ShouldBeEmpty();
        result.Data("attestExperience", "attestation", "method").GetString().ShouldBe("ASSESSOR");
        result.Data("attestExperience", "attestation", "attestorName").GetString().ShouldBe("Institute of Place Leadership");
        result.Data("attestExperience", "experience", "verification").GetString().ShouldBe("VERIFIED");
    }

    [Fact]
    public async Task AttestExperience_Disputed_IsRecordedButDoesNotRaiseTheLevel()
    {
        var record = await world.SeedSecondmentAsync();
        var result = await AttestAsync(record.Id, world.Key("assessor-with-access"), "DISPUTED", "The dates do not match our records.");

        result.UserErrors("attestExperience").ShouldBeEmpty();
        result.Data("attestExperience", "experience", "verification").GetString().ShouldBe("SELF_DECLARED");
        result.Data("attestExperience", "experience", "attestations", 0, "outcome").GetString().ShouldBe("DISPUTED");
    }

    [Fact]
    public async Task AttestExperience_SameAttestorTwice_IsAlreadyExistsAndWritesOnce()
    {
        var record = await world.SeedSecondmentAsync();
        (await AttestAsync(record.Id, world.Key("hr-host"))).UserErrors("attestExperience").ShouldBeEmpty();

        var second = await AttestAsync(record.Id, world.Key("hr-host"), "DISPUTED");

        second.UserErrors("attestExperience").ShouldBe([("ALREADY_EXISTS", "input.experienceId")]);
        (await world.Api.ReadAsync(db => db.Attestations.CountAsync(a => a.ExperienceId == record.Id))).ShouldBe(1);
        // Another attestor may still attest it.
        (await AttestAsync(record.Id, world.Key("assessor-with-access"))).UserErrors("attestExperience").ShouldBeEmpty();
    }

    [Fact]
    public async Task AttestExperience_WithdrawnExperience_IsAlreadyWithdrawn()
    {
        var record = await world.SeedSecondmentAsync();
        await world.Api.SeedAsync(async (db, _) => (await db.Experiences.SingleAsync(x => x.Id == record.Id)).WithdrawnAt = world.Api.Clock.Now);

        (await AttestAsync(record.Id, world.Key("hr-host"))).UserErrors("attestExperience").ShouldBe([("ALREADY_WITHDRAWN", "input.experienceId")]);
        (await world.Api.ReadAsync(db => db.Attestations.CountAsync(a => a.ExperienceId == record.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task AttestExperience_MalformedIdLongCommentOrUnknownId_IsRejected()
    {
        var record = await world.SeedSecondmentAsync();
        var malformed = await world.Api.PostAsync(Attest, new { input = new { experienceId = ExperienceWorld.IdOf(world.Host), outcome = "CONFIRMED" } }, world.Key("hr-host"));
        malformed.UserErrors("attestExperience").ShouldBe([("MALFORMED_ID", "input.experienceId")]);
        (await AttestAsync(record.Id, world.Key("hr-host"), comment: new string('x', 2001))).UserErrors("attestExperience").ShouldBe([("TOO_LONG", "input.comment")]);
        // An id that names nothing is refused like one the caller may not attest, so that ids reveal nothing.
        (await AttestAsync(987_654_321, world.Key("hr-host"))).UserErrors("attestExperience").ShouldBe([("FORBIDDEN", null)]);
        (await world.Api.ReadAsync(db => db.Attestations.CountAsync(a => a.ExperienceId == record.Id))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task AttestExperience_EachCaller_OnlyTheHostsHrSystemAndAnAssessorWithAccessMay(string caller)
    {
        var record = await world.SeedSecondmentAsync();
        var result = await AttestAsync(record.Id, world.Key(caller));

        var expected = ExperienceWorld.DeniedCode(caller, "hr-host", "assessor-with-access");
        result.UserErrors("attestExperience").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await world.Api.ReadAsync(db => db.Attestations.CountAsync(a => a.ExperienceId == record.Id))).ShouldBe(expected is null ? 1 : 0);
    }
}
