using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Experiences;
using Cpd.Domain.Tests.TestData;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Accreditation.Evaluation;

public sealed class ReferenceSchemeTests
{
    /// <summary>
    /// A planner in local government (E07000113) since 2015, evaluated on 22 Nov 2026:
    /// 1 secondment to health 1 Jan – 30 Jun 2025 at 1.0, attested: 181 FTE-days;
    /// 2 joint work with housing 1 – 10 Jan 2026 at 0.5, attested: 5 FTE-days → 186 in all;
    /// 3 peer challenge of a private-sector body on 1 Mar 2026;
    /// 4 mentee of a health counterpart since 1 Sep 2025 (crosses SECTOR);
    /// 5, 6, 7 learning events of 30 h on 1 Feb 2024 (health), 2025 (housing) and 2026 (no other sector):
    /// 90 h, 30 in each year to 22 Nov, 60 of 90 crossing (0.67);
    /// reflections on 1, 3 and 5: 3 of the 6 cross-boundary experiences in three years (0.5).
    /// </summary>
    private static CareerBuilder Alex()
    {
        var b = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .Secondment("health", "2025-01-01", "2025-06-30").Reflected()
            .JointWork("housing", "2026-01-01", "2026-01-10", 0.5m)
            .PeerChallenge("private", "2026-03-01").Reflected()
            .Mentoring("health", "2025-09-01", null)
            .LearningEvent("2024-02-01", 30m, ["participatory"], ["health"]).Reflected()
            .LearningEvent("2025-02-01", 30m, ["participatory"], ["housing"])
            .LearningEvent("2026-02-01", 30m, ["participatory"]);
        return b;
    }

    [Fact]
    public void VersionOne_Alex_IsEligibleUntilTheFirstLearningEventLeavesTheWindow()
    {
        // On 1 Feb 2027 the three-year window starts 2 Feb 2024, so the 2024 event's 30 h drop out and learning falls to 60 h.
        var report = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1).Evaluate(Alex().Build(), D("2026-11-22"));

        report.Eligible.ShouldBeTrue(report.Summary);
        report.Find("cross-sector-time")!.Measured.ShouldBe(186m);
        report.Find("distinct-sectors")!.Measured.ShouldBe(3m);
        report.Find("peer-challenge")!.Evidence.ShouldBe([3L]);
        report.Find("cross-sector-mentoring")!.Evidence.ShouldBe([4L]);
        report.Find("network-diversity")!.IsMet.ShouldBeFalse();
        report.Find("mentoring-or-network")!.IsMet.ShouldBeTrue();
        var learning = report.Find("learning-hours")!;
        learning.Measured.ShouldBe(90m);
        learning.PeriodTotals.Select(p => p.Hours).ShouldBe([30m, 30m, 30m]);
        learning.CrossBoundaryShareMeasured.ShouldBe(0.6667m);
        report.Find("reflection-coverage")!.Measured.ShouldBe(0.5m);
        report.EligibleUntil.ShouldBe(D("2027-01-31"));
        report.Summary.ShouldBe("Eligible for Place Leadership Accreditation (version 1) on 22 Nov 2026 until 31 Jan 2027.");
    }

    [Fact]
    public void VersionTwo_Alex_Is87FteDaysShortWithNothingPlanned()
    {
        var report = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV2).Evaluate(Alex().Build(), D("2026-11-22"));

        report.Eligible.ShouldBeFalse();
        var time = report.Find("cross-sector-time")!;
        time.Target.ShouldBe(273m);
        time.Shortfall.ShouldBe(87m);
        report.EligibleFrom.ShouldBeNull();
        report.Summary.ShouldBe("Not yet eligible for Place Leadership Accreditation (version 2) on 22 Nov 2026: 1 requirement(s) not met (cross-sector-time).");
    }

    [Fact]
    public void VersionTwo_AlexWithAPlannedSecondment_IsEligibleFromItsEightySeventhDay()
    {
        // 87 more FTE-days at 1.0 from 1 Dec 2026: the 87th day is 25 Feb 2027, but by then the 2024 learning event has left the
        // window (1 Feb 2027), so learning fails; a 2027 learning event on 10 Jan 2027 keeps 90 h in three years. The new secondment
        // and event are cross-boundary experiences too, so reflections on the joint work (2) and the mentoring (4) keep coverage at 4 of 7.
        var b = Alex().Reflected(experienceId: 2).Reflected(experienceId: 4)
            .Secondment("education", "2026-12-01", "2027-12-31").LearningEvent("2027-01-10", 30m, ["participatory"], ["education"]);

        var report = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV2).Evaluate(b.Build(), D("2026-11-22"));

        report.Find("cross-sector-time")!.ProjectedMetOn.ShouldBe(D("2027-02-25"));
        report.EligibleFrom.ShouldBe(D("2027-02-25"));
    }

    [Fact]
    public void SchemeVersions_AreNumberedWithValidityAndEffectiveDates()
    {
        ReferenceSchemes.PlaceLeadership.Versions.Select(v => (v.Number, v.EffectiveFrom)).ShouldBe([(1, D("2025-01-01")), (2, D("2026-01-01"))]);
        ReferenceSchemes.PlaceLeadership.VersionOn(D("2025-12-31"))!.Number.ShouldBe(1);
        ReferenceSchemes.PlaceLeadershipV1.Validity.ShouldBe(P("P3Y"));
    }

    [Fact]
    public void EvaluateMany_InParallel_MatchesOneByOne()
    {
        var careers = Enumerable.Range(1, 40).Select(i => new CareerBuilder(i)
            .Employment("local-government", "2015-01-01")
            .Secondment("health", "2025-01-01", null, 0.1m * (i % 10 + 1))
            .PeerChallenge("private", "2026-03-01").Build()).ToList();
        var plan = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1);

        var many = plan.EvaluateMany(careers, D("2026-11-22"), EvaluationOptions.Default, degreeOfParallelism: 2);

        many.Select(r => r.MemberId).ShouldBe(careers.Select(c => c.Member.Id));
        many.Select(r => r.Summary).ShouldBe(careers.Select(c => plan.Evaluate(c, D("2026-11-22")).Summary));
    }

    [Fact]
    public void Award_FromEligibleSnapshot_ExpiresAfterTheValidity()
    {
        var report = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1).Evaluate(Alex().Build(), D("2026-11-22"));
        var application = Application.Submit(1, 1, ReferenceSchemes.PlaceLeadershipV1, D("2026-11-22"), report.ToSnapshot()).Value;

        var decision = application.Award(9, D("2026-12-01")).Value;

        decision.Award.ExpiresOn.ShouldBe(D("2029-12-01"));
        decision.Award.VersionNumber.ShouldBe(1);
        decision.Application.Status.ShouldBe(ApplicationStatus.Awarded);
        decision.Application.Award(10, D("2026-12-02")).Errors.Single().Code.ShouldBe(AccreditationErrors.AlreadyDecided);
    }

    [Fact]
    public void Award_NotEligibleWithoutOverride_IsRefusedButOverrideWithReasonWorks()
    {
        var report = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV2).Evaluate(Alex().Build(), D("2026-11-22"));
        var application = Application.Submit(1, 1, ReferenceSchemes.PlaceLeadershipV2, D("2026-11-22"), report.ToSnapshot()).Value;

        application.Award(9, D("2026-12-01")).Errors.Single().Code.ShouldBe(AccreditationErrors.NotEligible);
        application.Award(9, D("2026-12-01"), "Equivalent NHS leadership placement").Value.Award.OverrideReason.ShouldBe("Equivalent NHS leadership placement");
    }

    [Fact]
    public void HoldsAccreditation_AwardHeldLongEnough_IsMet()
    {
        var requirement = new Cpd.Domain.Accreditation.Rules.HoldsAccreditation { Id = "holds", SchemeCode = ReferenceSchemes.PlaceLeadershipCode, MinimumPeriod = P("P1Y") };
        var career = new CareerBuilder().Employment("health", "2015-01-01").Award(ReferenceSchemes.PlaceLeadershipV1, "2025-06-01").Build();
        var plan = EvaluationPlan.Compile(requirement);

        // Held 1 Jun 2025 – 31 May 2026 inclusive is the whole year to 31 May 2026.
        plan.Evaluate(career, D("2026-05-30")).Root.IsMet.ShouldBeFalse();
        var report = plan.Evaluate(career, D("2026-05-31"));
        report.Eligible.ShouldBeTrue();
        report.EligibleUntil.ShouldBe(D("2028-05-31"));
        plan.Evaluate(career, D("2026-05-30")).Root.ProjectedMetOn.ShouldBe(D("2026-05-31"));
    }
}
