using NodaTime;

namespace Cpd.Domain.Accreditation.Rules;

/// <summary>At least <paramref name="MinimumHours"/> in every <paramref name="Period"/> of the window, counted back from the evaluation date (e.g. 20 h in every year).</summary>
/// <param name="MinimumHours">The hours needed in each period (more than 0).</param>
/// <param name="Period">The length of each period, no longer than the window.</param>
public sealed record PeriodMinimum(decimal MinimumHours, Period Period);
