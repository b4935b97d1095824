using Cpd.Client.Errors;
using Cpd.Client.Models;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client;

/// <summary>Employment: one employment at a time, for HR systems outside a full workforce sync (and members' own tools).</summary>
public sealed partial class CpdClient
{
    private static readonly GraphQLOperation RecordEmploymentOperation = new(Documents.RecordEmployment, nameof(Documents.RecordEmployment), IsMutation: true);

    /// <summary>Records an employment of a member.</summary>
    /// <param name="employment">The employment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The employment as recorded, or why it was rejected (such as <c>FTE_OUT_OF_RANGE</c>, <c>END_BEFORE_START</c>,
    /// <c>UNKNOWN_PROFESSION</c>, or <c>NOT_FOUND</c> for a member the caller may not record employment for).
    /// </returns>
    /// <exception cref="CpdForbiddenException">The caller may not record employment with that organisation.</exception>
    public Task<CpdResult<Employment>> RecordEmploymentAsync(NewEmployment employment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(employment);
        return MutateAsync(
            RecordEmploymentOperation,
            new InputVariables<NewEmployment>(employment),
            CpdJsonContext.Default.InputVariablesNewEmployment,
            CpdJsonContext.Default.MutationDataEmploymentPayload,
            data => data.Payload,
            payload => payload.Employment,
            cancellationToken);
    }
}
