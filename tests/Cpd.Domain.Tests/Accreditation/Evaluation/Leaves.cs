using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Accreditation.Evaluation;

/// <summary>Small requirement factories for evaluator tests.</summary>
internal static class Leaves
{
    public static CrossBoundaryTime Secondment(decimal days, string window = "P5Y", VerificationLevel level = VerificationLevel.SelfDeclared, Boundary boundary = Boundary.Sector) => new()
    {
        Id = "time",
        Boundary = boundary,
        MinimumDays = days,
        Window = Window.Rolling(P(window)),
        Kinds = [ExperienceKind.Secondment],
        MinimumVerification = level,
    };

    public static LearningHours Hours(decimal hours, string window, params string[] categories) => new()
    {
        Id = categories.Length == 0 ? "hours" : $"hours-{categories[0]}",
        MinimumHours = hours,
        Window = Window.Rolling(P(window)),
        Categories = categories.Length == 0 ? null : categories,
    };
}
