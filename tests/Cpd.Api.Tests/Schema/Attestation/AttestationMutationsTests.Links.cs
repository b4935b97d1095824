using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Cpd.Api.Tests.Schema.Experiences;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Attestation;

/// <summary><c>requestAttestation</c>, <c>attestWithToken</c> and <c>Experience.attestationRequests</c>.</summary>
public sealed partial class AttestationMutationsTests
{
    private const string RequestLink = "mutation($input: RequestAttestationInput!) { requestAttestation(input: $input) { token attestationLink expiresAt request { attestorName attestorEmail issuedAt expiresAt used } errors { code message field } } }";

    private const string UseLink = "mutation($input: AttestWithTokenInput!) { attestWithToken(input: $input) { attestation { level method outcome attestorName } errors { code message field } } }";

    private Task<GraphQLResponse> RequestAsync(long experienceId, string? key, string? validFor = null, string name = "Dr Sam Host", string email = "sam.host@trust.example.org") =>
        world.Api.PostAsync(RequestLink, new { input = new { experienceId = ExperienceWorld.ExperienceId(experienceId), attestorName = name, attestorEmail = email, validFor } }, key);

    private async Task<string> TokenAsync(long experienceId, string? validFor = null)
    {
        var result = await RequestAsync(experienceId, world.MemberKey, validFor);
        result.UserErrors("requestAttestation").ShouldBeEmpty();
        return result.Data("requestAttestation", "token").GetString()!;
    }

    private Task<GraphQLResponse> UseAsync(string token, string? key = null, string outcome = "CONFIRMED", string name = "Sam Host", string? comment = null) =>
        world.Api.PostAsync(UseLink, new { input = new { token, attestorName = name, outcome, comment } }, key);

    [Fact]
    public async Task RequestAttestation_AsMember_ShowsTheTokenAndLinkOnceAndStoresOnlyItsHash()
    {
        var record = await world.SeedSecondmentAsync();
        var now = world.Api.Clock.Now;
        var result = await RequestAsync(record.Id, world.MemberKey);

        result.UserErrors("requestAttestation").ShouldBeEmpty();
        var token = result.Data("requestAttestation", "token").GetString()!;
        Base64Url.DecodeFromChars(token).Length.ShouldBe(32);
        result.Data("requestAttestation", "attestationLink").GetString().ShouldBe($"http://localhost:5080/attest?token={token}");
        result.Data("requestAttestation", "expiresAt").GetString().ShouldBe((now + Duration.FromDays(14)).ToString());
        var request = result.Data("requestAttestation", "request");
        (request.GetProperty("attestorName").GetString(), request.GetProperty("attestorEmail").GetString(), request.GetProperty("used").GetBoolean())
            .ShouldBe(("Dr Sam Host", "sam.host@trust.example.org", false));
        var stored = await world.Api.ReadAsync(db => db.AttestationRequests.SingleAsync(r => r.ExperienceId == record.Id));
        stored.TokenHash.ShouldBe(SHA256.HashData(Base64Url.DecodeFromChars(token)));
        var audit = await world.Api.ReadAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "requestAttestation" && a.TargetId == stored.Id));
        audit.Summary.ShouldNotContain(token);
        audit.ActorRole.ShouldBe("MEMBER");
        // Listed on the experience for its member, without the token.
        var listed = (await ReadAsMemberAsync(record.Id)).GetProperty("attestationRequests");
        listed.GetArrayLength().ShouldBe(1);
        listed[0].GetProperty("expiresAt").GetString().ShouldBe((now + Duration.FromDays(14)).ToString());
        listed.ToString().ShouldNotContain(token);
    }

    [Theory]
    [InlineData("P90D", 90)]
    [InlineData("P1M", 30)]
    [InlineData("PT12H", 0.5)]
    public async Task RequestAttestation_ValidForWithinNinetyDays_SetsTheExpiry(string validFor, double days)
    {
        var record = await world.SeedSecondmentAsync();
        var result = await RequestAsync(record.Id, world.MemberKey, validFor);

        result.UserErrors("requestAttestation").ShouldBeEmpty();
        var expected = world.Api.Clock.Now + Duration.FromHours(days * 24);
        result.Data("requestAttestation", "expiresAt").GetString().ShouldBe(expected.ToString());
    }

    [Theory]
    [InlineData("P91D")]
    [InlineData("P4M")]
    [InlineData("P0D")]
    [InlineData("P-1D")]
    [InlineData("P9999Y")]
    public async Task RequestAttestation_ValidForOutOfRange_IsRejectedAtValidFor(string validFor)
    {
        var record = await world.SeedSecondmentAsync();
        (await RequestAsync(record.Id, world.MemberKey, validFor)).UserErrors("requestAttestation").ShouldBe([("LINK_VALIDITY_OUT_OF_RANGE", "input.validFor")]);
        (await world.Api.ReadAsync(db => db.AttestationRequests.CountAsync(r => r.ExperienceId == record.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task RequestAttestation_InvalidAttestorOrExperience_IsRejectedAtTheField()
    {
        var record = await world.SeedSecondmentAsync();
        (await RequestAsync(record.Id, world.MemberKey, name: " ", email: "")).UserErrors("requestAttestation")
            .ShouldBe([("REQUIRED", "input.attestorName"), ("REQUIRED", "input.attestorEmail")]);
        (await RequestAsync(record.Id, world.MemberKey, name: new string('n', 201))).UserErrors("requestAttestation").ShouldBe([("TOO_LONG", "input.attestorName")]);
        (await RequestAsync(record.Id, world.MemberKey, email: "not an address")).UserErrors("requestAttestation").ShouldBe([("INVALID_EMAIL", "input.attestorEmail")]);
        (await RequestAsync(record.Id, world.MemberKey, email: new string('e', 321))).UserErrors("requestAttestation").ShouldBe([("TOO_LONG", "input.attestorEmail")]);
        (await RequestAsync(987_654_321, world.MemberKey)).UserErrors("requestAttestation").ShouldBe([("NOT_FOUND", "input.experienceId")]);
        var malformed = await world.Api.PostAsync(RequestLink, new { input = new { experienceId = "nope", attestorName = "A", attestorEmail = "a@b.example" } }, world.MemberKey);
        malformed.UserErrors("requestAttestation").ShouldBe([("MALFORMED_ID", "input.experienceId")]);
        await world.Api.SeedAsync(async (db, _) => (await db.Experiences.SingleAsync(x => x.Id == record.Id)).WithdrawnAt = world.Api.Clock.Now);
        (await RequestAsync(record.Id, world.MemberKey)).UserErrors("requestAttestation").ShouldBe([("ALREADY_WITHDRAWN", "input.experienceId")]);
        (await world.Api.ReadAsync(db => db.AttestationRequests.CountAsync(r => r.ExperienceId == record.Id))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task RequestAttestation_EachCaller_OnlyTheMemberMayAskForTheirOwnExperience(string caller)
    {
        var record = await world.SeedSecondmentAsync();
        var result = await RequestAsync(record.Id, world.Key(caller));

        var expected = caller == "other-member" ? "NOT_FOUND" : ExperienceWorld.DeniedCode(caller, "member");
        result.UserErrors("requestAttestation").Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        (await world.Api.ReadAsync(db => db.AttestationRequests.CountAsync(r => r.ExperienceId == record.Id))).ShouldBe(expected is null ? 1 : 0);
    }

    [Fact]
    public async Task AttestWithToken_WithoutAKey_ConfirmsOnceRaisesToAttestedAndRecordsWhoWhenHow()
    {
        var record = await world.SeedSecondmentAsync();
        var token = await TokenAsync(record.Id);
        world.Api.Clock.Advance(Duration.FromHours(3));

        var result = await UseAsync(token, comment: "Sam was with us three days a week.");

        result.UserErrors("attestWithToken").ShouldBeEmpty();
        var attestation = result.Data("attestWithToken", "attestation");
        (attestation.GetProperty("level").GetString(), attestation.GetProperty("method").GetString(), attestation.GetProperty("outcome").GetString(), attestation.GetProperty("attestorName").GetString())
            .ShouldBe(("ATTESTED", "EXTERNAL_LINK", "CONFIRMED", "Dr Sam Host"));
        var experience = await ReadAsMemberAsync(record.Id);
        experience.GetProperty("verification").GetString().ShouldBe("ATTESTED");
        experience.GetProperty("attestationRequests")[0].GetProperty("used").GetBoolean().ShouldBeTrue();
        experience.GetProperty("attestationRequests")[0].GetProperty("usedAt").GetString().ShouldBe(world.Api.Clock.Now.ToString());
        var stored = await world.Api.ReadAsync(db => db.Attestations.SingleAsync(a => a.ExperienceId == record.Id));
        (stored.AttestorReference, stored.Comment, stored.At, stored.ActorKeyId).ShouldBe(("sam.host@trust.example.org", "Sam was with us three days a week.", world.Api.Clock.Now, (long?)null));
        var audit = await world.Api.ReadAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "attestWithToken" && a.TargetId == record.Id));
        audit.ActorRole.ShouldBe("ANONYMOUS");
        audit.Summary.ShouldContain("'Dr Sam Host' <sam.host@trust.example.org>, signed 'Sam Host'");

        (await UseAsync(token)).UserErrors("attestWithToken").ShouldBe([("LINK_INVALID", "input.token")]);
        (await world.Api.ReadAsync(db => db.Attestations.CountAsync(a => a.ExperienceId == record.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task AttestWithToken_Disputed_IsRecordedButDoesNotRaiseTheLevel()
    {
        var record = await world.SeedSecondmentAsync();
        var result = await UseAsync(await TokenAsync(record.Id), outcome: "DISPUTED");

        result.Data("attestWithToken", "attestation", "outcome").GetString().ShouldBe("DISPUTED");
        (await ReadAsMemberAsync(record.Id)).GetProperty("verification").GetString().ShouldBe("SELF_DECLARED");
    }

    [Fact]
    public async Task AttestWithToken_UnknownMalformedUsedExpiredOrWithdrawn_AllGiveTheSameLinkInvalid()
    {
        var used = await world.SeedSecondmentAsync();
        var usedToken = await TokenAsync(used.Id);
        (await UseAsync(usedToken)).UserErrors("attestWithToken").ShouldBeEmpty();
        var expiring = await world.SeedSecondmentAsync();
        var expiredToken = await TokenAsync(expiring.Id, "PT1H");
        var withdrawn = await world.SeedSecondmentAsync();
        var withdrawnToken = await TokenAsync(withdrawn.Id);
        await world.Api.SeedAsync(async (db, _) => (await db.Experiences.SingleAsync(x => x.Id == withdrawn.Id)).WithdrawnAt = world.Api.Clock.Now);
        world.Api.Clock.Advance(Duration.FromHours(1));

        string[] tokens = [usedToken, expiredToken, withdrawnToken, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), "not-a-token", new string('A', 10_000), ""];
        var messages = new List<string>();
        foreach (var token in tokens)
        {
            var result = await UseAsync(token);
            result.Json.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Object, result.Body);
            result.UserErrors("attestWithToken").ShouldBe([("LINK_INVALID", "input.token")], result.Body);
            messages.Add(result.Data("attestWithToken", "errors", 0, "message").GetString()!);
        }

        messages.Distinct().Count().ShouldBe(1);
        (await world.Api.ReadAsync(db => db.Attestations.CountAsync(a => a.ExperienceId == expiring.Id || a.ExperienceId == withdrawn.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task AttestWithToken_BlankOrLongNameOrLongComment_IsRejectedAndTheLinkStillWorks()
    {
        var record = await world.SeedSecondmentAsync();
        var token = await TokenAsync(record.Id);

        (await UseAsync(token, name: " ")).UserErrors("attestWithToken").ShouldBe([("REQUIRED", "input.attestorName")]);
        (await UseAsync(token, name: new string('n', 201), comment: new string('c', 2001))).UserErrors("attestWithToken")
            .ShouldBe([("TOO_LONG", "input.attestorName"), ("TOO_LONG", "input.comment")]);
        (await UseAsync(token)).UserErrors("attestWithToken").ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task AttestWithToken_EachCaller_TheTokenAloneAuthorises(string caller)
    {
        var record = await world.SeedSecondmentAsync();
        var result = await UseAsync(await TokenAsync(record.Id), world.Key(caller));

        result.UserErrors("attestWithToken").ShouldBeEmpty();
        (await world.Api.ReadAsync(db => db.Attestations.CountAsync(a => a.ExperienceId == record.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task AttestWithToken_TwoUsesAtOnce_ExactlyOneWins()
    {
        var record = await world.SeedSecondmentAsync();
        var token = await TokenAsync(record.Id);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => UseAsync(token)));

        results.Count(r => r.UserErrors("attestWithToken").Count == 0).ShouldBe(1);
        results.Where(r => r.UserErrors("attestWithToken").Count > 0).SelectMany(r => r.UserErrors("attestWithToken")).ShouldAllBe(e => e.Code == "LINK_INVALID");
        (await world.Api.ReadAsync(db => db.Attestations.CountAsync(a => a.ExperienceId == record.Id))).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(ExperienceWorld.Callers), MemberType = typeof(ExperienceWorld))]
    public async Task AttestationRequests_EachCaller_OnlyTheMemberAndAdministratorsSeeThem(string caller)
    {
        var record = await world.SeedSecondmentAsync();
        await TokenAsync(record.Id);
        var result = await world.Api.PostAsync("query($id: ID!) { node(id: $id) { ... on Experience { attestationRequests { attestorEmail } } } }", new { id = ExperienceWorld.ExperienceId(record.Id) }, world.Key(caller));

        var node = result.Json.GetProperty("data").GetProperty("node");
        var seen = node.ValueKind == JsonValueKind.Null ? 0 : node.GetProperty("attestationRequests").GetArrayLength();
        seen.ShouldBe(caller is "member" or "admin" ? 1 : 0, result.Body);
    }
}
