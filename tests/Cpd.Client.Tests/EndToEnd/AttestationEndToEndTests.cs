using AttestationRecord = Cpd.Api.Persistence.Entities.AttestationRecord;
using Cpd.Client.Errors;
using Cpd.Client.Models;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>Attesting experiences through the client against the real API: by the host's HR system, and by a link.</summary>
public sealed class AttestationEndToEndTests(EndToEndWorld world) : IClassFixture<EndToEndWorld>
{
    [Fact]
    public async Task AttestExperienceAsync_SecondmentHostedByTheHrOrganisation_AttestsItOnce()
    {
        var secondment = await LogSecondmentAtTheTrustAsync("Discharge to assess");
        using var trust = world.Client(world.TrustHrKey);

        var result = await trust.AttestExperienceAsync(secondment.Id);

        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Value.Attestation.Method.ShouldBe(AttestationMethod.HostOrganisation);
        result.Value.Attestation.Level.ShouldBe(VerificationLevel.Attested);
        result.Value.Attestation.Outcome.ShouldBe(AttestationOutcome.Confirmed);
        result.Value.Experience.ShouldBeNull(); // Ada is not the trust's employee: its HR system may not read her record.
        using var ada = world.Client(world.AdaKey);
        var read = (await ada.GetMemberAsync(world.AdaId))!.Experiences.Single(e => e.Id == secondment.Id);
        read.Verification.ShouldBe(VerificationLevel.Attested);
        read.Attestations.ShouldHaveSingleItem().AttestorName.ShouldBe("Northshire NHS Trust");

        var again = await trust.AttestExperienceAsync(secondment.Id);

        again.Errors.ShouldHaveSingleItem().Code.ShouldBe("ALREADY_EXISTS");
    }

    [Fact]
    public async Task AttestExperienceAsync_Disputed_IsRecordedWithoutRaisingTheVerification()
    {
        var secondment = await LogSecondmentAtTheTrustAsync("Never happened");
        using var trust = world.Client(world.TrustHrKey);

        var result = await trust.AttestExperienceAsync(secondment.Id, AttestationOutcome.Disputed, "No record of this placement.");

        result.Value!.Attestation.Outcome.ShouldBe(AttestationOutcome.Disputed);
        using var ada = world.Client(world.AdaKey);
        (await ada.GetMemberAsync(world.AdaId))!.Experiences.Single(e => e.Id == secondment.Id).Verification.ShouldBe(VerificationLevel.SelfDeclared);
    }

    [Fact]
    public async Task AttestExperienceAsync_AnotherOrganisationsHrSystem_ThrowsForbiddenAndWritesNothing()
    {
        var secondment = await LogSecondmentAtTheTrustAsync("Not the council's");
        using var council = world.Client(world.CouncilHrKey);

        await Should.ThrowAsync<CpdForbiddenException>(() => council.AttestExperienceAsync(secondment.Id));

        (await world.CountAsync<AttestationRecord>(a => a.Experience!.Title == "Not the council's")).ShouldBe(0);
    }

    [Fact]
    public async Task AttestExperienceAsync_ResponseDroppedAfterCommit_RecordsOneAttestation()
    {
        var secondment = await LogSecondmentAtTheTrustAsync("Attested once");
        using var handler = DropResponseHandler.Dropping(1);
        using var trust = world.Client(world.TrustHrKey, handler: handler);

        var result = await trust.AttestExperienceAsync(secondment.Id);

        result.IsSuccess.ShouldBeTrue();
        handler.Keys.Count.ShouldBe(2);
        handler.Keys.Distinct().ShouldHaveSingleItem();
        (await world.CountAsync<AttestationRecord>(a => a.Experience!.Title == "Attested once")).ShouldBe(1);
    }

    [Fact]
    public async Task RequestAttestationAsync_AsTheMember_ReturnsASingleUseLinkValidForTheTimeAsked()
    {
        var secondment = await LogSecondmentAtTheTrustAsync("Ask the ward manager");
        using var ada = world.Client(world.AdaKey);

        var result = await ada.RequestAttestationAsync(secondment.Id, "Dee Ward", "dee.ward@northshire-nhs.example", TimeSpan.FromDays(7));

        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Value.AttestorEmail.ShouldBe("dee.ward@northshire-nhs.example");
        result.Value.Token.ShouldNotBeNullOrWhiteSpace();
        result.Value.Link.Query.ShouldContain(result.Value.Token);
        result.Value.ExpiresAt.ShouldBe(world.Api.Clock.Now.ToDateTimeOffset().AddDays(7));
    }

    [Fact]
    public async Task RequestAttestationAsync_BadEmailOrTooLong_ReturnsTheUserErrors()
    {
        var secondment = await LogSecondmentAtTheTrustAsync("Badly asked");
        using var ada = world.Client(world.AdaKey);

        (await ada.RequestAttestationAsync(secondment.Id, "Dee Ward", "not-an-address")).Errors.ShouldHaveSingleItem().Code.ShouldBe("INVALID_EMAIL");
        (await ada.RequestAttestationAsync(secondment.Id, "Dee Ward", "dee@example.org", TimeSpan.FromDays(91))).Errors.ShouldHaveSingleItem().Code.ShouldBe("LINK_VALIDITY_OUT_OF_RANGE");
    }

    [Fact]
    public async Task RequestAttestationAsync_AsAnHrSystem_ThrowsForbidden()
    {
        var secondment = await LogSecondmentAtTheTrustAsync("Not the trust's to ask");
        using var trust = world.Client(world.TrustHrKey);

        await Should.ThrowAsync<CpdForbiddenException>(() => trust.RequestAttestationAsync(secondment.Id, "Dee Ward", "dee@example.org"));
    }

    private async Task<Experience> LogSecondmentAtTheTrustAsync(string title)
    {
        using var ada = world.Client(world.AdaKey);
        var logged = await ada.LogSecondmentAsync(new NewHostedExperience(title, world.TrustId, new DateOnly(2026, 1, 5), 0.6m) { End = new DateOnly(2026, 6, 30) });
        return logged.GetValueOrThrow();
    }
}
