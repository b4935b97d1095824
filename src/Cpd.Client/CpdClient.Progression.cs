using System.Runtime.CompilerServices;
using Cpd.Client.Errors;
using Cpd.Client.Models;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client;

/// <summary>Progression: a member checked against a scheme, and an assessor's batch view of eligibility.</summary>
public sealed partial class CpdClient
{
    private static readonly GraphQLOperation ProgressionCheckOperation = new(Documents.ProgressionCheck, nameof(Documents.ProgressionCheck), IsMutation: false);
    private static readonly GraphQLOperation ListEligibilityOperation = new(Documents.ListEligibility, nameof(Documents.ListEligibility), IsMutation: false);

    /// <summary>
    /// Checks a member against a scheme as of a date (the version in force that day): eligible or not, from and until
    /// when, and each requirement explained. Allowed for the member themselves, assessors of the scheme's body with
    /// access to the member, and administrators.
    /// </summary>
    /// <param name="memberId">The member's global id.</param>
    /// <param name="schemeId">The scheme's global id.</param>
    /// <param name="asOf">The date to check as of; <c>null</c> for the API's today (UTC).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The eligibility report.</returns>
    /// <exception cref="CpdForbiddenException">The caller may not check this member.</exception>
    /// <exception cref="CpdGraphQLException">
    /// The scheme does not exist (<c>NOT_FOUND</c>), has no version in force on <paramref name="asOf"/>
    /// (<c>NO_EFFECTIVE_VERSION</c>), or an id is malformed (<c>MALFORMED_ID</c>).
    /// </exception>
    public async Task<EligibilityReport> CheckProgressionAsync(string memberId, string schemeId, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentException.ThrowIfNullOrWhiteSpace(schemeId);
        var data = await QueryAsync(
            ProgressionCheckOperation,
            new ProgressionCheckVariables(memberId, schemeId, asOf),
            CpdJsonContext.Default.ProgressionCheckVariables,
            CpdJsonContext.Default.ProgressionCheckData,
            cancellationToken).ConfigureAwait(false);
        return data.ProgressionCheck?.ToReport() ?? throw InvalidResponse("progressionCheck answered without a whole report.");
    }

    /// <summary>
    /// An assessor's batch view: every member who applied to, or gave access to, the scheme's body, by display name,
    /// each checked against the version in force on <paramref name="asOf"/>; fetched a page of
    /// <see cref="CpdClientOptions.PageSize"/> at a time as the caller reads on.
    /// </summary>
    /// <param name="schemeId">The scheme's global id.</param>
    /// <param name="asOf">The date to check as of; <c>null</c> for the API's today (UTC).</param>
    /// <param name="eligible"><c>true</c> for only the eligible, <c>false</c> for only the others, <c>null</c> for all.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>One report per member.</returns>
    /// <exception cref="CpdForbiddenException">The caller is not an assessor of the scheme's body or an administrator (thrown when enumerating).</exception>
    public IAsyncEnumerable<EligibilityReport> ListEligibilityAsync(string schemeId, DateOnly? asOf = null, bool? eligible = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemeId);
        var where = eligible is null ? null : new EligibilityFilterInput(eligible);
        return Reports(
            PageAsync(
                ListEligibilityOperation,
                (first, after) => new EligibilityVariables(first, after, schemeId, asOf, where),
                CpdJsonContext.Default.EligibilityVariables,
                CpdJsonContext.Default.EligibilityData,
                data => data.Eligibility,
                cancellationToken),
            cancellationToken);

        static async IAsyncEnumerable<EligibilityReport> Reports(IAsyncEnumerable<EligibilityReportWire> wires, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var wire in wires.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return wire.ToReport() ?? throw InvalidResponse("eligibility answered a report that is not whole.");
            }
        }
    }
}
