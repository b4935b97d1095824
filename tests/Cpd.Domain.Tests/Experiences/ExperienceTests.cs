using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using Cpd.Domain.Taxonomy;
using Cpd.Domain.Tests.TestData;
using NodaTime;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Experiences;

public sealed class ExperienceTests
{
    private static readonly CareerTaxonomy Taxonomy = CareerTaxonomy.Default;
    private static readonly Organisation Trust = Organisation.Create(5, "NHS Trust", "health", "E07000114", Taxonomy).Value;

    [Fact]
    public void SecondmentCreate_BadFteAndDatesAndTitle_ReportsAllFields()
    {
        var result = Secondment.Create(1, 1, "", Trust, null, D("2025-01-10"), D("2025-01-09"), 1.5m, Taxonomy);

        result.Errors.Select(e => (e.Code, e.Field)).ShouldBe(
        [
            (CommonErrors.Required, "title"),
            (CareerErrors.EndBeforeStart, "end"),
            (CareerErrors.FteOutOfRange, "fte"),
        ]);
    }

    [Fact]
    public void SecondmentCreate_Ongoing_HasNoLastDayAndIsPeriodLike()
    {
        var s = Secondment.Create(1, 1, "Integrated care", Trust, null, D("2025-01-10"), null, 0.6m, Taxonomy).Value;

        s.Kind.ShouldBe(ExperienceKind.Secondment);
        s.Kind.IsPeriodLike().ShouldBeTrue();
        s.LastDay.ShouldBeNull();
        s.IsActiveOn(D("2040-01-01")).ShouldBeTrue();
        s.Verification.ShouldBe(VerificationLevel.SelfDeclared);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(10001)]
    public void LearningEventCreate_HoursOutOfRange_ReportsHoursOutOfRange(double hours)
    {
        var result = LearningEvent.Create(1, 1, "Summit", D("2025-03-01"), (decimal)hours, ["formal"], ["health"], Taxonomy);

        result.Errors.Single().ShouldBe(result.Errors.Single() with { Code = ExperienceErrors.HoursOutOfRange, Field = "hours" });
    }

    [Fact]
    public void LearningEventCreate_UnknownCategoryAndSector_ReportsIndexedFields()
    {
        var result = LearningEvent.Create(1, 1, "Summit", D("2025-03-01"), 6m, ["formal", "juggling"], ["health", "health", "mars"], Taxonomy);

        result.Errors.Select(e => (e.Code, e.Field)).ShouldBe(
        [
            (TaxonomyErrors.UnknownLearningCategory, "categories[1]"),
            (ExperienceErrors.DuplicateValue, "sectorsInvolved[1]"),
            (TaxonomyErrors.UnknownSector, "sectorsInvolved[2]"),
        ]);
    }

    [Fact]
    public void MentoringCreate_UndefinedRole_ReportsUnknownValue()
    {
        var result = Mentoring.Create(1, 1, "Mentoring", (MentoringRole)9, "Sam", "health", null, D("2025-01-01"), null, 0.05m, Taxonomy);

        result.Errors.Single().Code.ShouldBe(ExperienceErrors.UnknownValue);
    }

    [Fact]
    public void WithAttestation_HostThenAssessor_RaisesVerificationAndKeepsKind()
    {
        var clock = FakeClock.At(2026, 1, 1);
        var s = Shadowing.Create(1, 1, "Shadow", Trust, null, D("2025-01-01"), D("2025-01-05"), 1m, Taxonomy).Value;

        var attested = s.WithAttestation(Attestation.Create(AttestationMethod.HostOrganisation, "Pat", "org:5", clock).Value);
        var verified = attested.WithAttestation(Attestation.Create(AttestationMethod.Assessor, "Ann Assessor", "assessor:2", clock).Value);

        attested.Verification.ShouldBe(VerificationLevel.Attested);
        verified.Verification.ShouldBe(VerificationLevel.Verified);
        verified.ShouldBeOfType<Shadowing>().Start.ShouldBe(D("2025-01-01"));
        s.Verification.ShouldBe(VerificationLevel.SelfDeclared);
        verified.Attestations[1].AttestedAt.ShouldBe(clock.Now);
    }

    [Fact]
    public void CrossesOn_NoHomeThatDay_CrossesNothing()
    {
        var s = Secondment.Create(1, 1, "Secondment", Trust, "nursing", D("2025-01-01"), null, 1m, Taxonomy).Value;

        s.CrossesOn(Boundary.Sector, null, D("2025-02-01")).ShouldBeFalse();
    }

    [Fact]
    public void CrossesOn_HostDiffersByDimension_CrossesOnlyThoseDimensions()
    {
        var career = new CareerBuilder().Employment("health", "2020-01-01", profession: "nursing", place: "E07000114").Build();
        var home = career.HomeOn(D("2025-02-01"));
        var otherTrust = Organisation.Create(6, "Other Trust", "health", "E07000114", Taxonomy).Value;
        var s = Secondment.Create(1, 1, "Secondment", otherTrust, "nursing", D("2025-01-01"), null, 1m, Taxonomy).Value;

        s.CrossesOn(Boundary.Organisation, home, D("2025-02-01")).ShouldBeTrue();
        s.CrossesOn(Boundary.Sector, home, D("2025-02-01")).ShouldBeFalse();
        s.CrossesOn(Boundary.Profession, home, D("2025-02-01")).ShouldBeFalse();
        s.CrossesOn(Boundary.Place, home, D("2025-02-01")).ShouldBeFalse();
        s.CrossesOn(Boundary.Organisation, home, D("2024-12-31")).ShouldBeFalse();
    }

    [Fact]
    public void AttestationRequest_RedeemTwice_SecondIsRejected()
    {
        var clock = FakeClock.At(2026, 1, 1);
        var request = AttestationRequest.Issue(1, 10, "Dr Host", "host@example.org", Duration.FromDays(14), clock).Value;

        var first = request.Redeem(clock).Value;
        first.Attestation.Method.ShouldBe(AttestationMethod.ExternalLink);
        first.Attestation.AttestorName.ShouldBe("Dr Host");
        first.Attestation.Level.ShouldBe(VerificationLevel.Attested);
        first.Request.Redeem(clock).Errors.Single().Code.ShouldBe(ExperienceErrors.LinkAlreadyUsed);
    }

    [Fact]
    public void AttestationRequest_RedeemAfterExpiry_IsRejected()
    {
        var clock = FakeClock.At(2026, 1, 1);
        var request = AttestationRequest.Issue(1, 10, "Dr Host", "host@example.org", Duration.FromDays(14), clock).Value;
        clock.Advance(Duration.FromDays(14));

        request.Redeem(clock).Errors.Single().Code.ShouldBe(ExperienceErrors.LinkExpired);
    }

    [Fact]
    public void AttestationRequest_ValidityOverNinetyDays_IsRejected()
    {
        AttestationRequest.Issue(1, 10, "Dr Host", "host@example.org", Duration.FromDays(91), FakeClock.At(2026, 1, 1))
            .Errors.Single().Code.ShouldBe(ExperienceErrors.LinkValidityOutOfRange);
    }

    [Fact]
    public void AttestationRequest_Restore_KeepsTheStoredStateForRedeem()
    {
        var clock = FakeClock.At(2026, 1, 1);
        var issued = clock.GetCurrentInstant();
        var unused = AttestationRequest.Restore(7, 10, "Dr Host", "host@example.org", issued, issued + Duration.FromDays(14), null).Value;
        var used = AttestationRequest.Restore(7, 10, "Dr Host", "host@example.org", issued, issued + Duration.FromDays(14), issued).Value;

        unused.Redeem(clock).Value.Attestation.AttestorReference.ShouldBe("host@example.org");
        used.Redeem(clock).Errors.Single().Code.ShouldBe(ExperienceErrors.LinkAlreadyUsed);
        AttestationRequest.Restore(7, 10, " ", "host@example.org", issued, issued, null).Errors.Select(e => e.Code)
            .ShouldBe([CommonErrors.Required, ExperienceErrors.LinkValidityOutOfRange]);
    }
}
