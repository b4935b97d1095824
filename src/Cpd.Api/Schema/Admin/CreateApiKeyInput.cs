using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Admin;

/// <summary>A new API key.</summary>
/// <param name="Role">The role.</param>
/// <param name="Name">Who or what will use it.</param>
/// <param name="MemberId">The member's global id, for <c>MEMBER</c>.</param>
/// <param name="BodyId">The accrediting body's global id, for <c>ASSESSOR</c>.</param>
/// <param name="OrganisationId">The organisation's global id, for <c>HR_SYSTEM</c>.</param>
/// <param name="ExpiresAt">When it stops working; null for never.</param>
public sealed record CreateApiKeyInput(
    ApiKeyRole Role,
    string Name,
    [property: GraphQLType("ID")] string? MemberId = null,
    [property: GraphQLType("ID")] string? BodyId = null,
    [property: GraphQLType("ID")] string? OrganisationId = null,
    Instant? ExpiresAt = null) : MutationInput;
