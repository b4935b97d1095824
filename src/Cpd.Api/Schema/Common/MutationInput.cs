using Cpd.Domain;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// The base of every mutation's input (<c>xxx(input: XxxInput!): XxxPayload!</c>): it carries the optional
/// <c>clientMutationId</c> and builds the payload that echoes it.
/// </summary>
public abstract record MutationInput
{
    /// <summary>An opaque value of the client's, returned unchanged in the payload.</summary>
    public string? ClientMutationId { get; init; }

    /// <summary>The payload of a successful mutation.</summary>
    /// <typeparam name="TPayload">The payload type.</typeparam>
    /// <param name="payload">The payload with its result field(s) set.</param>
    /// <returns>The payload, with no errors and this input's client id.</returns>
    public TPayload Accept<TPayload>(TPayload payload)
        where TPayload : Payload
    {
        ArgumentNullException.ThrowIfNull(payload);
        return (TPayload)payload.With([], ClientMutationId);
    }

    /// <summary>The payload of a rejected mutation (nothing was written).</summary>
    /// <typeparam name="TPayload">The payload type.</typeparam>
    /// <param name="payload">The payload, its result field(s) empty.</param>
    /// <param name="errors">Why; at least one.</param>
    /// <returns>The payload with the errors and this input's client id.</returns>
    public TPayload Reject<TPayload>(TPayload payload, IEnumerable<UserError> errors)
        where TPayload : Payload
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(errors);
        IReadOnlyList<UserError> list = [.. errors];
        if (list.Count == 0)
        {
            throw new ArgumentException("A rejection needs at least one error.", nameof(errors));
        }

        return (TPayload)payload.With(list, ClientMutationId);
    }

    /// <summary>The payload of a mutation the domain rejected (nothing was written).</summary>
    /// <typeparam name="TPayload">The payload type.</typeparam>
    /// <param name="payload">The payload, its result field(s) empty.</param>
    /// <param name="errors">The domain's errors; their fields become paths under <c>input</c>.</param>
    /// <returns>The payload with the errors and this input's client id.</returns>
    public TPayload Reject<TPayload>(TPayload payload, IEnumerable<DomainError> errors)
        where TPayload : Payload =>
        Reject(payload, UserError.From(errors ?? throw new ArgumentNullException(nameof(errors))));

    /// <summary>The payload of a mutation rejected for one reason.</summary>
    /// <typeparam name="TPayload">The payload type.</typeparam>
    /// <param name="payload">The payload, its result field(s) empty.</param>
    /// <param name="error">Why.</param>
    /// <returns>The payload with the error and this input's client id.</returns>
    public TPayload Reject<TPayload>(TPayload payload, UserError error)
        where TPayload : Payload =>
        Reject(payload, [error]);
}
