using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using Cpd.Domain.Tests.TestData;
using NodaTime;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Accreditation.Evaluation;

public sealed class OtherLeavesTests
{
    private static EligibilityReport Run(Requirement requirement, CareerBuilder career, string asOf) =>
        EvaluationPlan.Compile(requirement).Evaluate(career.Build(), D(asOf));

    [Fact]
    public void DistinctBoundaries_SectorOutsideWindow_IsNotCountedAndProjectionEndsWhenOneDropsOut()
    {
        // Health (2020, outside P3Y to 1 Jun 2026), housing (Jan 2024) and education (Mar 2025): 2 distinct sectors in the window.
        // Housing leaves the window after 30 Jan 2027: on that day the window starts 31 Jan 2024, housing's last day; a day later it starts 1 Feb.
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .Secondment("health", "2020-01-01", "2020-01-31")
            .Shadowing("housing", "2024-01-30", "2024-01-31")
            .PeerChallenge("education", "2025-03-01");
        var requirement = new DistinctBoundaries { Id = "distinct", Boundary = Boundary.Sector, Minimum = 2, Window = Window.Rolling(P("P3Y")) };

        var report = Run(requirement, career, "2026-06-01");

        report.Root.Measured.ShouldBe(2m);
        report.Root.Evidence.ShouldBe([2L, 3L]);
        report.EligibleUntil.ShouldBe(D("2027-01-30"));
    }

    [Fact]
    public void DistinctBoundaries_MinimumDaysEach_IgnoresShortVisits()
    {
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .Shadowing("housing", "2026-01-01", "2026-01-02")
            .Secondment("health", "2026-02-01", "2026-02-28");
        var requirement = new DistinctBoundaries { Id = "distinct", Boundary = Boundary.Sector, Minimum = 1, Window = Window.Ever, MinimumDaysEach = 10 };

        var r = Run(requirement, career, "2026-06-01").Root;

        r.Measured.ShouldBe(1m);
        r.Explanation.ShouldBe("Needs experience of 1 sectors other than your home sector for at least 10 days each up to 1 Jun 2026; you have 1, so this is met.");
    }

    [Fact]
    public void ReflectionCoverage_HalfReflected_IsMetUntilAnUnreflectedOneOutweighs()
    {
        // Two cross-boundary experiences in the window, one reflected: 0.5. A planned unreflected secondment from 1 Sep 2026 makes it 1 of 3.
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .Secondment("health", "2025-01-01", "2025-02-28").Reflected()
            .PeerChallenge("housing", "2025-05-01")
            .Secondment("education", "2026-09-01", "2026-12-31");
        var requirement = new ReflectionCoverage { Id = "reflect", MinimumShare = 0.5m, Window = Window.Rolling(P("P3Y")) };

        var report = Run(requirement, career, "2026-06-01");

        report.Root.Measured.ShouldBe(0.5m);
        report.Root.Unit.ShouldBe(MeasureUnit.Share);
        report.Root.Evidence.ShouldBe([1L]);
        report.Root.Excluded.ShouldBe([new ExcludedEvidence(2, ExclusionReason.NoReflection, 0, 0)]);
        report.EligibleUntil.ShouldBe(D("2026-08-31"));
    }

    [Fact]
    public void ReflectionCoverage_NoCrossBoundaryExperience_IsNotMet()
    {
        var career = new CareerBuilder().Employment("health", "2015-01-01").Secondment("health", "2025-01-01", "2025-02-28");

        Run(new ReflectionCoverage { Id = "reflect", MinimumShare = 0.1m, Window = Window.Ever }, career, "2026-06-01").Eligible.ShouldBeFalse();
    }

    [Fact]
    public void NetworkDiversity_HomeSectorConnection_DoesNotCountAndHomeChangeMovesIt()
    {
        // Connections in health, housing and local government. At home in local government, 2 count; after moving to housing in
        // 2027 (planned employment), local government counts instead of housing: still 2. Needing 2, always met.
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01", "2026-12-31")
            .Employment("housing", "2027-01-01")
            .Connection("health").Connection("housing").Connection("local-government");

        var report = Run(new NetworkDiversity { Id = "network", MinimumSectors = 3 }, career, "2026-06-01");

        report.Root.Measured.ShouldBe(2m);
        report.Eligible.ShouldBeFalse();
        report.EligibleFrom.ShouldBeNull();
    }

    [Fact]
    public void AtLeast_TwoOfThree_IsMetWhenTwoHoldAndProjectsTheThird()
    {
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .PeerChallenge("health", "2026-01-10")
            .Connection("health").Connection("housing")
            .Secondment("health", "2026-07-01", "2026-07-31");
        var requirement = new AtLeast
        {
            Id = "two-of-three",
            Count = 3,
            Of =
            [
                new ExperienceCount { Id = "peer", Kinds = [ExperienceKind.PeerChallenge], Minimum = 1, Window = Window.Rolling(P("P1Y")) },
                new NetworkDiversity { Id = "network", MinimumSectors = 2 },
                Leaves.Secondment(10),
            ],
        };

        var report = Run(requirement, career, "2026-06-01");

        report.Root.Measured.ShouldBe(2m);
        report.Root.Target.ShouldBe(3m);
        report.Eligible.ShouldBeFalse();
        report.EligibleFrom.ShouldBe(D("2026-07-10"));
        report.Root.Explanation.ShouldBe("Needs 3 of 3 requirements; 2 met, not yet met: time; on current plans it is met on 10 Jul 2026.");
        Run(requirement with { Count = 2 }, career, "2026-06-01").Eligible.ShouldBeTrue();
    }

    [Fact]
    public void EverWindow_CountsAllHistoryUpToAsOf()
    {
        var career = new CareerBuilder().Employment("local-government", "2000-01-01").Secondment("health", "2001-01-01", "2001-12-31");
        var requirement = new CrossBoundaryTime { Id = "ever", Boundary = Boundary.Sector, MinimumDays = 365, Window = Window.Ever };

        var report = Run(requirement, career, "2026-06-01");

        report.Eligible.ShouldBeTrue();
        report.Root.WindowStart.ShouldBeNull();
        report.EligibleUntil.ShouldBe(report.HorizonEnd);
        report.Root.Explanation.ShouldBe("Needs 365 FTE-days of period experience outside your home sector up to 1 Jun 2026; you have 365, so this is met.");
    }

    [Fact]
    public void Evaluate_NegativeHorizon_ThrowsArgumentException()
    {
        var plan = EvaluationPlan.Compile(Leaves.Secondment(1));
        var career = new CareerBuilder().Employment("health", "2015-01-01").Build();

        Should.Throw<ArgumentException>(() => plan.Evaluate(career, D("2026-01-01"), new EvaluationOptions { Horizon = Period.FromYears(-1) }));
    }

    [Fact]
    public void Compile_InvalidTree_ThrowsWithTheErrors()
    {
        Should.Throw<ArgumentException>(() => EvaluationPlan.Compile(new AllOf())).Message.ShouldContain(RuleErrors.EmptyComposite);
    }

    [Fact]
    public void ExperienceCount_BelowVerificationAndOutsideWindow_AreExplained()
    {
        var career = new CareerBuilder()
            .Employment("local-government", "2015-01-01")
            .PeerChallenge("health", "2026-01-10")
            .PeerChallenge("health", "2020-01-10", verification: VerificationLevel.Verified)
            .PeerChallenge("health", "2026-02-10", verification: VerificationLevel.Verified);
        var requirement = new ExperienceCount
        {
            Id = "verified-peer", Kinds = [ExperienceKind.PeerChallenge], Minimum = 2, Window = Window.Rolling(P("P3Y")), MinimumVerification = VerificationLevel.Verified,
        };

        var r = Run(requirement, career, "2026-06-01").Root;

        r.Measured.ShouldBe(1m);
        r.Evidence.ShouldBe([3L]);
        r.Excluded.ShouldBe(
        [
            new ExcludedEvidence(2, ExclusionReason.OutsideWindow, 0, 0),
            new ExcludedEvidence(1, ExclusionReason.BelowVerificationLevel, 1, 0),
        ]);
    }
}
