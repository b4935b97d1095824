using NodaTime;

namespace Cpd.Domain.Accreditation.Evaluation;

/// <summary>The learning hours in one period of a <c>minimumEachPeriod</c> check, newest period first.</summary>
/// <param name="Period">The days of the period (inclusive).</param>
/// <param name="Hours">The hours counted in it.</param>
/// <param name="Shortfall">The hours missing in it (0 when met).</param>
public sealed record PeriodHours(DateInterval Period, decimal Hours, decimal Shortfall);
