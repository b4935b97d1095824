using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// The base of every mutation's payload: the result field(s) that the derived record declares, then
/// <c>errors: [UserError!]!</c> (empty on success) and the <c>clientMutationId</c> echoed from the input. Declare a
/// payload in one line, <c>public sealed record AddSectorPayload(Sector? Sector) : Payload;</c>, and build it with
/// <see cref="MutationInput.Accept{TPayload}"/> or <see cref="MutationInput.Reject{TPayload}(TPayload, IEnumerable{Cpd.Domain.DomainError})"/>.
/// </summary>
public abstract record Payload
{
    /// <summary>Why the input was rejected; empty when the mutation succeeded.</summary>
    [GraphQLDescription("Why the input was rejected; empty when the mutation succeeded.")]
    public IReadOnlyList<UserError> Errors { get; init; } = [];

    /// <summary>The input's <c>clientMutationId</c>, returned unchanged so that a client can match responses to requests.</summary>
    [GraphQLDescription("The input's clientMutationId, returned unchanged.")]
    public string? ClientMutationId { get; init; }

    /// <summary>A copy (of the derived type) with errors and the client's id set.</summary>
    internal Payload With(IReadOnlyList<UserError> errors, string? clientMutationId) =>
        this with { Errors = errors, ClientMutationId = clientMutationId };
}
