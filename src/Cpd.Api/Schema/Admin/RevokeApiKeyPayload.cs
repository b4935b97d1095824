using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Admin;

/// <summary>The result of <c>revokeApiKey</c>.</summary>
/// <param name="ApiKey">The key as now stored (with <c>revokedAt</c>); null when rejected.</param>
public sealed record RevokeApiKeyPayload(ApiKey? ApiKey) : Payload;
