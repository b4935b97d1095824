namespace Cpd.Client.Models;

/// <summary>
/// One employee of an HR export: who they are at this employer (<see cref="ExternalId"/>, the HR system's own id) and
/// their employment with it. Syncing the same row again changes nothing; a changed row updates the member and the
/// employment. The fields are those of the API's <c>WorkforceRowInput</c>.
/// </summary>
/// <param name="ExternalId">The HR system's id of the employee, unique within the organisation (at most 200 characters).</param>
/// <param name="DisplayName">The employee's name as members see it.</param>
/// <param name="Role">The job title.</param>
/// <param name="ProfessionCode">The profession's code (such as <c>social-work</c>).</param>
/// <param name="Start">The first day of the employment.</param>
public sealed record WorkforceRow(string ExternalId, string DisplayName, string Role, string ProfessionCode, DateOnly Start)
{
    /// <summary>The last day of the employment (inclusive); <c>null</c> while it continues.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Full-time equivalent, above 0 and at most 1. Default 1.</summary>
    public decimal Fte { get; init; } = 1m;

    /// <summary>The work email, if the HR system has one.</summary>
    public string? WorkEmail { get; init; }

    /// <summary>
    /// The professional registration number (such as an HCPC number), if any. A row new to the organisation is matched
    /// by it only to a member the organisation already knows; another member's registration is rejected
    /// (<c>REGISTRATION_TAKEN</c>): ask the new starter for a <see cref="LinkCode"/> instead.
    /// </summary>
    public string? ProfessionalRegistration { get; init; }

    /// <summary>The member's global id, when the employee gave it: accepted only with their <see cref="LinkCode"/> (else <c>LINK_CODE_REQUIRED</c>).</summary>
    public string? MemberId { get; init; }

    /// <summary>
    /// The single-use employer link code a new starter who is already a member created (<c>createEmployerLinkCode</c>) and
    /// gave you: links the row to their existing record (<c>LINK_CODE_INVALID</c> when unknown, expired or used).
    /// </summary>
    public string? LinkCode { get; init; }
}
