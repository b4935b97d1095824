using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Connections;

/// <summary>The result of <c>removeConnection</c>.</summary>
/// <param name="RemovedConnectionId">The id of the contact removed; null when rejected.</param>
public sealed record RemoveConnectionPayload([property: GraphQLType("ID")] string? RemovedConnectionId) : Payload;
