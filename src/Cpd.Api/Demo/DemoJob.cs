using NodaTime;

namespace Cpd.Api.Demo;

/// <summary>
/// An employment of a demo person. Its dates are fixed calendar dates (unlike experiences, which the seeder places relative to
/// the day it runs), so that an HR export such as <c>samples/Cpd.HrSync/employees.csv</c> can match them exactly.
/// </summary>
/// <param name="OrganisationKey">The employer's <see cref="DemoOrganisation.Key"/>.</param>
/// <param name="Role">The job title.</param>
/// <param name="ProfessionCode">The profession (a default taxonomy code).</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day, or null while it goes on.</param>
/// <param name="Fte">Full-time equivalent, 0 &lt; FTE ≤ 1.</param>
/// <param name="ExternalId">The employer's HR system's id of the person (only at the HR organisation), stored as the member's external id
/// and the employment's external reference, as <c>syncWorkforce</c> stores them.</param>
public sealed record DemoJob(string OrganisationKey, string Role, string ProfessionCode, LocalDate Start, LocalDate? End, decimal Fte, string? ExternalId = null);
