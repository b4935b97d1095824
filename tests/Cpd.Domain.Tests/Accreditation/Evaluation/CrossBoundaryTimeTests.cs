using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using Cpd.Domain.Tests.TestData;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Accreditation.Evaluation;

public sealed class CrossBoundaryTimeTests
{
    private static RequirementResult Run(Requirement requirement, CareerBuilder career, string asOf, bool projection = true) =>
        EvaluationPlan.Compile(requirement).Evaluate(career.Build(), D(asOf), projection ? EvaluationOptions.Default : EvaluationOptions.WithoutProjection).Root;

    [Fact]
    public void Evaluate_PastAndCurrentSecondment_ExplainsShortfallAndProjectedDate()
    {
        // 100 FTE-days (1 Jan – 9 Apr 2024 at 1.0) + 80 days at 0.5 (4 Sep – 22 Nov 2026) = 140; 42 more at 0.5 FTE take 84 days: 14 Feb 2027.
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .Secondment("health", "2024-01-01", "2024-04-09")
            .Secondment("health", "2026-09-04", null, 0.5m);

        var r = Run(Leaves.Secondment(182), career, "2026-11-22");

        r.Status.ShouldBe(RequirementStatus.NotMet);
        r.Unit.ShouldBe(MeasureUnit.FteDays);
        r.Measured.ShouldBe(140m);
        r.Target.ShouldBe(182m);
        r.Shortfall.ShouldBe(42m);
        r.Evidence.ShouldBe([1L, 2L]);
        r.ProjectedMetOn.ShouldBe(D("2027-02-14"));
        r.Explanation.ShouldBe(
            "Needs 182 FTE-days of secondment outside your home sector in the 5 years to 22 Nov 2026; you have 140, 42 short; at your current secondment (0.5 FTE) you reach it on 14 Feb 2027.");
    }

    [Fact]
    public void Evaluate_OverlappingSecondments_CountAtMostOneFteDayPerDay()
    {
        // 10 days where 0.6 + 0.6 overlap earn 10, not 12; 5 further days at 0.6 earn 3.
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .Secondment("health", "2026-01-01", "2026-01-10", 0.6m)
            .Secondment("housing", "2026-01-01", "2026-01-15", 0.6m);

        Run(Leaves.Secondment(1), career, "2026-06-01").Measured.ShouldBe(13m);
    }

    [Fact]
    public void Evaluate_LeapDayAsOf_WindowStartsOnFirstOfMarchAYearBefore()
    {
        // P1Y to 29 Feb 2024: 29 Feb 2024 − 1 year = 28 Feb 2023 (clamped), + 1 day = 1 Mar 2023; both ends inclusive.
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .Secondment("health", "2023-02-28", "2023-03-01")
            .Secondment("health", "2024-02-29", "2024-02-29");

        var r = Run(Leaves.Secondment(1, "P1Y"), career, "2024-02-29");

        r.WindowStart.ShouldBe(D("2023-03-01"));
        r.Measured.ShouldBe(2m);
    }

    [Fact]
    public void Evaluate_OngoingSecondment_CountsUpToAsOfOnly()
    {
        var career = new CareerBuilder().Employment("local-government", "2015-01-01").Secondment("health", "2026-11-13", null);

        Run(Leaves.Secondment(100), career, "2026-11-22", projection: false).Measured.ShouldBe(10m);
    }

    [Fact]
    public void Evaluate_HomeChangesMidSecondment_CountsOnlyDaysAwayFromHomeSector()
    {
        // Home is local government until 30 Jun 2025, then health; the health secondment crosses only in June (30 days).
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01", "2025-06-30")
            .Employment("health", "2025-07-01")
            .Secondment("health", "2025-06-01", "2025-07-31");

        Run(Leaves.Secondment(30), career, "2025-12-31").Measured.ShouldBe(30m);
    }

    [Fact]
    public void Evaluate_GapWithoutEmployment_CrossesNoBoundaryAndSaysSo()
    {
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01", "2025-05-31")
            .Employment("local-government", "2025-07-01")
            .Secondment("health", "2025-06-01", "2025-06-30");

        var r = Run(Leaves.Secondment(10), career, "2025-12-31");

        r.Measured.ShouldBe(0m);
        r.Excluded.ShouldContain(new ExcludedEvidence(1, ExclusionReason.NoHomeThatDay, 0, 30));
        r.Explanation.ShouldContain("30 days with no home employment cross no boundary");
    }

    [Fact]
    public void Evaluate_BelowVerificationLevel_IsExcludedWithWhatItWouldAdd()
    {
        // The attested secondment earns 10; the self-declared one overlaps it by 5 days, so counting it would add 15 (capped per day).
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .Secondment("health", "2026-01-01", "2026-01-10")
            .Secondment("housing", "2026-01-06", "2026-01-25", verification: VerificationLevel.SelfDeclared);

        var r = Run(Leaves.Secondment(20, level: VerificationLevel.Attested), career, "2026-06-01");

        r.Measured.ShouldBe(10m);
        r.Evidence.ShouldBe([1L]);
        r.Excluded.ShouldBe([new ExcludedEvidence(2, ExclusionReason.BelowVerificationLevel, 15m, 0)]);
        r.Explanation.ShouldContain("experience 2 is below attested and would add 15");
    }

    [Fact]
    public void Evaluate_AttestedAtThreshold_Counts()
    {
        var career = new CareerBuilder().Employment("local-government", "2015-01-01").Secondment("health", "2026-01-01", "2026-01-10", verification: VerificationLevel.Verified);

        Run(Leaves.Secondment(10, level: VerificationLevel.Verified), career, "2026-06-01").IsMet.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_OldSecondmentDropsOutOfRollingWindow_EligibleUntilFalls()
    {
        // 365 days in 2021; as of 1 Jan 2026 the window starts 2 Jan 2021 (364 days counted). The sum stays ≥ 182 while the window
        // starts on or before 3 Jul 2021, i.e. until 2 Jul 2026.
        var career = new CareerBuilder().Employment("local-government", "2015-01-01").Secondment("health", "2021-01-01", "2021-12-31");

        var report = EvaluationPlan.Compile(Leaves.Secondment(182)).Evaluate(career.Build(), D("2026-01-01"));

        report.Eligible.ShouldBeTrue();
        report.Root.Measured.ShouldBe(364m);
        report.EligibleFrom.ShouldBe(D("2026-01-01"));
        report.EligibleUntil.ShouldBe(D("2026-07-02"));
    }

    [Fact]
    public void Evaluate_PlannedFutureSecondment_GivesEligibleFrom()
    {
        // Planned for 2027 at 1.0 FTE: the 182nd day is 1 Jul 2027.
        var career = new CareerBuilder().Employment("local-government", "2015-01-01").Secondment("health", "2027-01-01", "2027-12-31");

        var report = EvaluationPlan.Compile(Leaves.Secondment(182)).Evaluate(career.Build(), D("2026-11-22"));

        report.Eligible.ShouldBeFalse();
        report.Root.Excluded.ShouldBe([new ExcludedEvidence(1, ExclusionReason.NotStarted, 0, 0)]);
        report.EligibleFrom.ShouldBe(D("2027-07-01"));
        report.Root.Explanation.ShouldEndWith("; with what you have planned you reach it on 1 Jul 2027.");
    }

    [Fact]
    public void Evaluate_SameSectorSecondment_DoesNotCross()
    {
        var career = new CareerBuilder().Employment("health", "2015-01-01").Secondment("health", "2026-01-01", "2026-01-10");

        var r = Run(Leaves.Secondment(5), career, "2026-06-01");

        r.Measured.ShouldBe(0m);
        r.Excluded.ShouldBe([new ExcludedEvidence(1, ExclusionReason.DoesNotCrossBoundary, 0, 0)]);
    }

    [Fact]
    public void Evaluate_WithoutProjection_HasNoProjectionData()
    {
        var career = new CareerBuilder().Employment("local-government", "2015-01-01").Secondment("health", "2026-01-01", null);

        var report = EvaluationPlan.Compile(Leaves.Secondment(182)).Evaluate(career.Build(), D("2026-03-01"), EvaluationOptions.WithoutProjection);

        report.EligibleFrom.ShouldBeNull();
        report.EligibleUntil.ShouldBeNull();
        report.Root.MetDuring.ShouldBeNull();
        report.Root.Explanation.ShouldBe("Needs 182 FTE-days of secondment outside your home sector in the 5 years to 1 Mar 2026; you have 60, 122 short.");
    }
}
