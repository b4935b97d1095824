using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Workforce;

/// <summary>The outcome of one row of <c>syncWorkforce</c>.</summary>
/// <param name="Index">The row's position in <c>input.rows</c> (0-based).</param>
/// <param name="ExternalId">The row's external id.</param>
/// <param name="Status">What was done.</param>
/// <param name="MemberId">The member's global id; null when rejected.</param>
/// <param name="EmploymentId">The employment's global id; null when rejected.</param>
/// <param name="Errors">Why the row was rejected; empty otherwise.</param>
public sealed record WorkforceRowResult(int Index, string ExternalId, WorkforceRowStatus Status, string? MemberId, string? EmploymentId, IReadOnlyList<UserError> Errors);
