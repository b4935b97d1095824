using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.LinkCodes;

/// <summary>The result of <c>revokeEmployerLinkCode</c>.</summary>
/// <param name="LinkCode">The revoked code; null when rejected.</param>
public sealed record RevokeEmployerLinkCodePayload(EmployerLinkCode? LinkCode) : Payload;
