using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Access;

/// <summary>One of the caller's access grants to end now.</summary>
/// <param name="GrantId">The grant's global id.</param>
public sealed record RevokeAccessInput([property: GraphQLType("ID!")] string GrantId) : MutationInput;
