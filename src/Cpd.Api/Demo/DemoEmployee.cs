using NodaTime;

namespace Cpd.Api.Demo;

/// <summary>
/// A current employee of the demo's HR organisation as its HR system would export them: one row of
/// <c>syncWorkforce</c> (and of <c>samples/Cpd.HrSync/employees.csv</c>) that matches the seeded member and employment, so
/// a sync of these rows reports them UNCHANGED.
/// </summary>
/// <param name="ExternalId">The HR system's id.</param>
/// <param name="DisplayName">The member's name.</param>
/// <param name="Role">The job title.</param>
/// <param name="ProfessionCode">The profession code.</param>
/// <param name="Start">The employment's first day.</param>
/// <param name="Fte">Full-time equivalent.</param>
/// <param name="WorkEmail">The work e-mail address.</param>
public sealed record DemoEmployee(string ExternalId, string DisplayName, string Role, string ProfessionCode, LocalDate Start, decimal Fte, string WorkEmail);
