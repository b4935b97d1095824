using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Admin;

/// <summary>The result of <c>createApiKey</c>.</summary>
/// <param name="ApiKey">The key made; null when rejected.</param>
/// <param name="Key">The key's full text, shown this once.</param>
public sealed record CreateApiKeyPayload(
    ApiKey? ApiKey,
    [property: GraphQLDescription("The key's full text for `Authorization: Bearer`: shown this once and never again.")] string? Key) : Payload;
