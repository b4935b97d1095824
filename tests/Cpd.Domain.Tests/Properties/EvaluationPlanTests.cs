using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using FsCheck.Fluent;
using NodaTime;
using static Cpd.Domain.Tests.Properties.PropertyChecks;

namespace Cpd.Domain.Tests.Properties;

/// <summary>Properties of evaluation over 1,000 generated careers each (see <see cref="CareerGenerators"/>).</summary>
public sealed class EvaluationPlanTests
{
    private static readonly EvaluationPlan ReferencePlan = EvaluationPlan.Compile(ReferenceSchemes.PlaceLeadershipV1);

    private static FsCheck.Gen<EvaluationPlan> Plans =>
        FsCheck.Fluent.Gen.Frequency((1, RequirementGenerators.ValidTrees.Select(tree => EvaluationPlan.Compile(tree))), (2, FsCheck.Fluent.Gen.Constant(ReferencePlan)));

    private static FsCheck.Gen<(CareerSample Sample, CrossBoundaryTime Leaf, LocalDate AsOf)> CrossBoundaryTimeCases =>
        from sample in CareerGenerators.Careers
        from leaf in RequirementGenerators.CrossBoundaryTimes
        from asOf in CareerGenerators.EvaluationDates
        select (sample, leaf, asOf);

    private static FsCheck.Gen<(CareerSample sample, EvaluationPlan plan, LocalDate asOf)> PlanCases =>
        from sample in CareerGenerators.Careers
        from plan in Plans
        from asOf in CareerGenerators.EvaluationDates
        select (sample, plan, asOf);

    [Fact]
    public void Evaluate_CrossBoundaryTime_FteDaysNeverExceedTheWindowsDays()
    {
        ForAll(CrossBoundaryTimeCases, c =>
        {
            var career = c.Sample.ToCareer();
            var result = EvaluationPlan.Compile(c.Leaf).Evaluate(career, c.AsOf, EvaluationOptions.WithoutProjection).Root;
            var firstDay = result.WindowStart ?? career.Experiences.Select(x => x.FirstDay).DefaultIfEmpty(c.AsOf).Min();
            var windowDays = Math.Max(0, Period.DaysBetween(firstDay, c.AsOf) + 1);

            result.Unit.ShouldBe(MeasureUnit.FteDays);
            result.Measured.ShouldBeGreaterThanOrEqualTo(0m);
            result.Measured.ShouldBeLessThanOrEqualTo(windowDays, $"{c.Leaf.Window} as of {c.AsOf}");
        });
    }

    [Fact]
    public void Evaluate_CrossBoundaryTime_EqualsTheDayByDaySum()
    {
        ForAll(CrossBoundaryTimeCases, c =>
        {
            var career = c.Sample.ToCareer();
            var result = EvaluationPlan.Compile(c.Leaf).Evaluate(career, c.AsOf, EvaluationOptions.WithoutProjection).Root;

            result.Measured.ShouldBe(DayByDayFteDays(career, c.Leaf, c.AsOf), $"{c.Leaf.Boundary} {c.Leaf.Window} as of {c.AsOf}");
        });
    }

    [Fact]
    public void Evaluate_ShuffledRecords_SameReport()
    {
        var cases =
            from sample in CareerGenerators.Careers
            from seed in FsCheck.Fluent.Gen.Choose(0, int.MaxValue)
            from plan in Plans
            from asOf in CareerGenerators.EvaluationDates
            select (sample, seed, plan, asOf);

        ForAll(cases, c =>
        {
            var original = c.plan.Evaluate(c.sample.ToCareer(), c.asOf);
            var shuffled = c.plan.Evaluate(c.sample.Shuffled(c.seed).ToCareer(), c.asOf);

            ReportFigures.Of(shuffled).ShouldBe(ReportFigures.Of(original));
        });
    }

    [Fact]
    public void Evaluate_AddedExperience_NoMeasuredValueDecreases()
    {
        var cases =
            from sample in CareerGenerators.Careers
            from added in CareerGenerators.Experience(sample.NextExperienceId)
            from plan in Plans
            from asOf in CareerGenerators.EvaluationDates
            select (sample, added, plan, asOf);

        ForAll(cases, c =>
        {
            var before = c.plan.Evaluate(c.sample.ToCareer(), c.asOf, EvaluationOptions.WithoutProjection);
            var after = c.plan.Evaluate(c.sample.With(c.added).ToCareer(), c.asOf, EvaluationOptions.WithoutProjection);

            // Reflection coverage is a share: a new unreflected experience may lower it. Every other measure only accumulates.
            foreach (var b in before.Requirements.Where(r => r.Requirement is CrossBoundaryTime or DistinctBoundaries or ExperienceCount or LearningHours))
            {
                after.Find(b.RequirementId)!.Measured.ShouldBeGreaterThanOrEqualTo(b.Measured, $"{b.RequirementId} after adding {c.added.Kind} {c.added.Id}");
            }
        });
    }

    [Fact]
    public void Evaluate_AtEligibleFromAndUntil_MetThereAndNotJustOutside()
    {
        var later = 0;
        ForAll(PlanCases, c =>
        {
            var career = c.sample.ToCareer();
            var report = c.plan.Evaluate(career, c.asOf);
            if (report.EligibleFrom is { } from)
            {
                EligibleOn(c.plan, career, from).ShouldBeTrue($"eligibleFrom {from}");
                if (from > c.asOf)
                {
                    later++;
                    EligibleOn(c.plan, career, from.PlusDays(-1)).ShouldBeFalse($"the day before eligibleFrom {from}");
                }
            }

            if (report.EligibleUntil is { } until && until < report.HorizonEnd)
            {
                EligibleOn(c.plan, career, until).ShouldBeTrue($"eligibleUntil {until}");
                EligibleOn(c.plan, career, until.PlusDays(1)).ShouldBeFalse($"the day after eligibleUntil {until}");
            }
        });

        // Not vacuous: enough careers become eligible only after the evaluation date.
        later.ShouldBeGreaterThanOrEqualTo(Cases / 50);
    }

    [Fact]
    public void Evaluate_AnyDayWithinTheHorizon_MetExactlyOnTheProjectedDays()
    {
        var cases =
            from sample in CareerGenerators.Careers
            from plan in Plans
            from asOf in CareerGenerators.EvaluationDates
            from offset in FsCheck.Fluent.Gen.Choose(0, 5 * 365)
            select (sample, plan, asOf, offset);

        ForAll(cases, c =>
        {
            var career = c.sample.ToCareer();
            var report = c.plan.Evaluate(career, c.asOf);
            var day = LocalDate.Min(c.asOf.PlusDays(c.offset), report.HorizonEnd!.Value);
            var projected = report.Root.MetDuring!.Any(d => d.Contains(day));

            EligibleOn(c.plan, career, day).ShouldBe(projected, $"on {day}, projected [{string.Join(", ", report.Root.MetDuring!)}]");
        });
    }

    [Fact]
    public void Evaluate_ProjectionOnOrOff_SameFiguresOnTheDay()
    {
        ForAll(PlanCases, c =>
        {
            var career = c.sample.ToCareer();
            var with = c.plan.Evaluate(career, c.asOf, EvaluationOptions.Default);
            var without = c.plan.Evaluate(career, c.asOf, EvaluationOptions.WithoutProjection);

            Figures(without).ShouldBe(Figures(with));
        });
    }

    private static bool EligibleOn(EvaluationPlan plan, Career career, LocalDate day) =>
        plan.Evaluate(career, day, EvaluationOptions.WithoutProjection).Eligible;

    private static string[] Figures(EligibilityReport report) =>
        [.. report.Requirements.Select(r => $"{r.RequirementId} {r.Status} {r.Measured}/{r.Target} [{string.Join(",", r.Evidence.Order())}]")];

    /// <summary>The definition, day by day: each day of the window earns min(1, Σ FTE of qualifying experiences crossing the boundary that day).</summary>
    private static decimal DayByDayFteDays(Career career, CrossBoundaryTime leaf, LocalDate asOf)
    {
        var qualifying = career.Experiences
            .OfType<PeriodExperience>()
            .Where(x => (leaf.Kinds is not { Count: > 0 } || leaf.Kinds.Contains(x.Kind)) && x.Verification >= leaf.MinimumVerification)
            .ToArray();
        if (qualifying.Length == 0)
        {
            return 0m;
        }

        var first = leaf.Window.StartAsOf(asOf) ?? qualifying.Min(x => x.Start);
        var total = 0m;
        for (var day = first; day <= asOf; day = day.PlusDays(1))
        {
            var home = career.HomeOn(day);
            var rate = qualifying.Where(x => x.CrossesOn(leaf.Boundary, home, day)).Sum(x => x.Fte);
            total += Math.Min(1m, rate);
        }

        return total;
    }
}
