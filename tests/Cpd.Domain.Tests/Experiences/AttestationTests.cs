using Cpd.Domain.Experiences;
using NodaTime;

namespace Cpd.Domain.Tests.Experiences;

public sealed class AttestationTests
{
    [Fact]
    public void Restore_StoredValues_KeepsTheStoredTimeAndDerivesTheLevel()
    {
        var at = Instant.FromUtc(2025, 2, 3, 4, 5, 6);

        var attested = Attestation.Restore(AttestationMethod.HostOrganisation, " Ann Host ", "org:7", at).Value;
        var verified = Attestation.Restore(AttestationMethod.Assessor, "Bea Assessor", null, at).Value;

        attested.AttestedAt.ShouldBe(at);
        attested.AttestorName.ShouldBe("Ann Host");
        attested.Level.ShouldBe(VerificationLevel.Attested);
        verified.Level.ShouldBe(VerificationLevel.Verified);
    }

    [Fact]
    public void Restore_BlankName_IsRequired()
    {
        var result = Attestation.Restore(AttestationMethod.Counterpart, " ", null, Instant.FromUtc(2025, 1, 1, 0, 0));

        result.Errors.Single().Code.ShouldBe(CommonErrors.Required);
    }
}
