using NodaTime;

namespace Cpd.Domain.Accreditation;

/// <summary>The part of an eligibility report an application keeps: against which version, as of when, and whether the member was eligible.</summary>
/// <param name="SchemeId">The scheme evaluated.</param>
/// <param name="VersionNumber">The version evaluated.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Eligible">Whether every requirement was met.</param>
/// <param name="Summary">The report's one-line summary.</param>
public sealed record EligibilitySnapshot(long SchemeId, int VersionNumber, LocalDate AsOf, bool Eligible, string Summary);
