using Cpd.Client.Errors;

namespace Cpd.Client.Models;

/// <summary>The outcome of one row of a workforce sync.</summary>
/// <param name="Index">The row's position in the whole input, from 0 (across every request the sync made).</param>
/// <param name="ExternalId">The row's external id.</param>
/// <param name="Status">What happened.</param>
/// <param name="MemberId">The member the row created, updated or matched (global id); <c>null</c> when rejected.</param>
/// <param name="EmploymentId">The employment the row created, updated or matched (global id); <c>null</c> when rejected.</param>
/// <param name="Errors">
/// Why the row was rejected; empty otherwise. A field path points into the whole input (<c>input.rows.1234.fte</c>
/// for the row at <see cref="Index"/> 1234), whichever request carried it.
/// </param>
public sealed record WorkforceRowResult(
    int Index,
    string ExternalId,
    WorkforceRowStatus Status,
    string? MemberId,
    string? EmploymentId,
    IReadOnlyList<UserError> Errors);
