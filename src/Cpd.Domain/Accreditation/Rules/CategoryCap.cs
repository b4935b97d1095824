namespace Cpd.Domain.Accreditation.Rules;

/// <summary>At most <paramref name="MaximumHours"/> hours of <paramref name="Category"/> count (e.g. at most 10 personal credits).</summary>
/// <param name="Category">A learning category code.</param>
/// <param name="MaximumHours">The cap (more than 0).</param>
public sealed record CategoryCap(string Category, decimal MaximumHours);
