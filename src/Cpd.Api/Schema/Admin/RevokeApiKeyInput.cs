using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Admin;

/// <summary>The key to revoke.</summary>
/// <param name="Id">The key's global id.</param>
public sealed record RevokeApiKeyInput([property: GraphQLType("ID!")] string Id) : MutationInput;
