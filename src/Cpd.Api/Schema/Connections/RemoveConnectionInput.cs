using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Connections;

/// <summary>A contact of the caller's to remove.</summary>
/// <param name="ConnectionId">The contact's global id (a <c>Contact</c> id).</param>
public sealed record RemoveConnectionInput([property: GraphQLType("ID!")] string ConnectionId) : MutationInput;
