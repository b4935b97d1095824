using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Access;

/// <summary>The caller's consent for an accrediting body's assessors to read their record.</summary>
/// <param name="BodyId">The accrediting body's global id.</param>
/// <param name="ExpiresOn">The last day of access (UTC), after today; null for no expiry.</param>
public sealed record GrantAccessInput(
    [property: GraphQLType("ID!")] string BodyId,
    [property: GraphQLDescription("The last day of access (UTC), after today; null for access until revoked.")] LocalDate? ExpiresOn = null) : MutationInput;
