using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using Cpd.Domain.Tests.TestData;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Accreditation.Evaluation;

/// <summary>The real bodies' rules the language must express, evaluated.</summary>
public sealed class ProfessionalBodiesTests
{

    private static EligibilityReport Run(Requirement requirement, Action<CareerBuilder> records, string asOf = "2026-11-22")
    {
        var builder = new CareerBuilder().Employment("health", "2015-01-01", profession: "nursing");
        records(builder);
        return EvaluationPlan.Compile(requirement).Evaluate(builder.Build(), D(asOf));
    }

    // NMC: 35 CPD hours in 3 years of which 20 participatory.
    private static readonly Requirement Nmc = new AllOf { Id = "nmc", Of = [Leaves.Hours(35, "P3Y"), Leaves.Hours(20, "P3Y", "participatory")] };

    [Fact]
    public void Nmc_ThirtyFiveHoursButFifteenParticipatory_IsNotMetOnParticipation()
    {
        var report = Run(Nmc, b => b.Cpd("2025-01-10", 20m, "self-directed").Cpd("2025-06-10", 15m, "participatory"));

        report.Find("hours")!.Measured.ShouldBe(35m);
        report.Find("hours")!.IsMet.ShouldBeTrue();
        var participatory = report.Find("hours-participatory")!;
        participatory.Measured.ShouldBe(15m);
        participatory.Shortfall.ShouldBe(5m);
        participatory.Excluded.Single().Reason.ShouldBe(ExclusionReason.CategoryNotCounted);
        report.Eligible.ShouldBeFalse();
    }

    [Fact]
    public void Nmc_TwentyParticipatoryOfThirtyFive_IsMet()
    {
        Run(Nmc, b => b.Cpd("2025-01-10", 15m, "self-directed").LearningEvent("2025-06-10", 20m, ["participatory"])).Eligible.ShouldBeTrue();
    }

    // CIPFA: 120 hours in 3 years with at least 20 in every year.
    private static readonly Requirement Cipfa = new LearningHours
    {
        Id = "cipfa",
        MinimumHours = 120,
        Window = Window.Rolling(P("P3Y")),
        MinimumEachPeriod = new PeriodMinimum(20, P("P1Y")),
    };

    [Fact]
    public void Cipfa_EnoughHoursButAnEmptyYear_IsNotMet()
    {
        // Periods to 22 Nov 2026: [23 Nov 2025, 22 Nov 2026], [23 Nov 2024, 22 Nov 2025], [23 Nov 2023, 22 Nov 2024].
        var report = Run(Cipfa, b => b.Cpd("2024-01-10", 100m, "formal").Cpd("2025-01-10", 25m, "formal"));

        var r = report.Root;
        r.Measured.ShouldBe(125m);
        r.IsMet.ShouldBeFalse();
        r.PeriodTotals.Select(p => p.Hours).ShouldBe([0m, 25m, 100m]);
        r.PeriodTotals[0].Period.Start.ShouldBe(D("2025-11-23"));
        r.Shortfall.ShouldBe(20m);
        r.Explanation.ShouldContain("but only 0 in the year to 22 Nov 2026");
    }

    [Fact]
    public void Cipfa_TwentyInEveryYear_IsMetUntilTheOldestYearDropsOut()
    {
        // 80 h on 1 Dec 2023, 20 h on 1 Dec 2024, 20 h on 1 Dec 2025: met on 22 Nov 2026; on 1 Dec 2026 the 80 h leaves the window.
        var report = Run(Cipfa, b => b.Cpd("2023-12-01", 80m, "formal").Cpd("2024-12-01", 20m, "formal").Cpd("2025-12-01", 20m, "formal"));

        report.Eligible.ShouldBeTrue();
        report.EligibleUntil.ShouldBe(D("2026-11-30"));
    }

    // RICS: at least 10 of 20 hours formal.
    private static readonly Requirement Rics = new AllOf { Id = "rics", Of = [Leaves.Hours(20, "P1Y"), Leaves.Hours(10, "P1Y", "formal")] };

    [Fact]
    public void Rics_TwentyHoursOfWhichTenFormal_IsMet()
    {
        Run(Rics, b => b.Cpd("2026-03-01", 10m, "formal").Cpd("2026-04-01", 10m, "informal")).Eligible.ShouldBeTrue();
    }

    [Fact]
    public void Rics_TwentyHoursOfWhichFiveFormal_IsNotMet()
    {
        var report = Run(Rics, b => b.Cpd("2026-03-01", 5m, "formal").Cpd("2026-04-01", 15m, "informal"));

        report.Eligible.ShouldBeFalse();
        report.Find("hours-formal")!.Shortfall.ShouldBe(5m);
    }

    // Physicians: at most 10 personal credits counted.
    private static readonly Requirement Physicians = new LearningHours
    {
        Id = "physicians",
        MinimumHours = 50,
        Window = Window.Rolling(P("P1Y")),
        CapPerCategory = [new CategoryCap("personal", 10)],
    };

    [Fact]
    public void Physicians_ThirtyPersonalCredits_CountOnlyTen()
    {
        var r = Run(Physicians, b => b.Cpd("2026-02-01", 30m, "personal").Cpd("2026-03-01", 35m, "external")).Root;

        r.Measured.ShouldBe(45m);
        r.Shortfall.ShouldBe(5m);
        r.Explanation.ShouldContain("personal counted up to 10 h");
    }

    // Social Work England: at least one activity with peer reflection.
    private static readonly Requirement SocialWorkEngland = new ExperienceCount
    {
        Id = "swe",
        Kinds = [ExperienceKind.CpdActivity, ExperienceKind.LearningEvent],
        Categories = ["peer-reflection"],
        Minimum = 1,
        Window = Window.Rolling(P("P1Y")),
    };

    [Fact]
    public void SocialWorkEngland_ActivityWithPeerReflection_IsMet()
    {
        var report = Run(SocialWorkEngland, b => b.Cpd("2026-05-01", 2m, "self-directed").Cpd("2026-06-01", 1.5m, "peer-reflection", "informal"));

        report.Eligible.ShouldBeTrue();
        report.Root.Evidence.ShouldBe([2L]);
    }

    [Fact]
    public void SocialWorkEngland_NoPeerReflection_IsNotMetAndCountsZero()
    {
        var r = Run(SocialWorkEngland, b => b.Cpd("2026-05-01", 2m, "self-directed")).Root;

        r.Measured.ShouldBe(0m);
        r.Explanation.ShouldStartWith("Needs 1 CPD activity or learning event (peer-reflection) in the year to 22 Nov 2026; you have 0, 1 short");
    }
}
