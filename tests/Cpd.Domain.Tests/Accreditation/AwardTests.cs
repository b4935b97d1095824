using Cpd.Domain.Accreditation;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Accreditation;

public sealed class AwardTests
{
    [Fact]
    public void Restore_StoredValues_KeepsTheStoredExpiry()
    {
        var award = Award.Restore(9, 3, 5, "place-leadership", 2, D("2024-01-10"), D("2027-01-10"), "Panel override").Value;

        (award.Id, award.MemberId, award.SchemeId, award.SchemeCode, award.VersionNumber).ShouldBe((9L, 3L, 5L, "place-leadership", 2));
        award.IsHeldOn(D("2027-01-09")).ShouldBeTrue();
        award.IsHeldOn(D("2027-01-10")).ShouldBeFalse();
        award.OverrideReason.ShouldBe("Panel override");
    }

    [Fact]
    public void Restore_ExpiryNotAfterAward_IsRejected()
    {
        var result = Award.Restore(9, 3, 5, "place-leadership", 0, D("2024-01-10"), D("2024-01-10"), null);

        result.Errors.Select(e => e.Field).ShouldBe(["versionNumber", "expiresOn"]);
    }
}
