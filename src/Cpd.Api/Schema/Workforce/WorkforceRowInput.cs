using NodaTime;

namespace Cpd.Api.Schema.Workforce;

/// <summary>One person in an HR system's extract: who they are at this employer and the job they hold.</summary>
/// <param name="ExternalId">The HR system's own id for the person (unique within the organisation).</param>
/// <param name="DisplayName">The person's name.</param>
/// <param name="Role">The role title.</param>
/// <param name="ProfessionCode">A known profession code.</param>
/// <param name="Start">The first day of the employment.</param>
/// <param name="Fte">The full-time equivalent, more than 0 and at most 1.</param>
/// <param name="End">The last day, or null when ongoing.</param>
/// <param name="WorkEmail">The work email address, or null.</param>
/// <param name="ProfessionalRegistration">A professional body's registration number, or null.</param>
/// <param name="MemberId">The member id the person gave this employer (they joined from elsewhere), or null; only with their <paramref name="LinkCode"/>.</param>
/// <param name="LinkCode">The single-use employer link code the person created (<c>createEmployerLinkCode</c>) and gave this employer, or null.</param>
public sealed record WorkforceRowInput(
    string ExternalId,
    string DisplayName,
    string Role,
    string ProfessionCode,
    LocalDate Start,
    decimal Fte,
    LocalDate? End = null,
    string? WorkEmail = null,
    string? ProfessionalRegistration = null,
    string? MemberId = null,
    string? LinkCode = null);
