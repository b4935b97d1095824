using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Access;

/// <summary>The result of <c>revokeAccess</c>.</summary>
/// <param name="Grant">The grant, revoked; null when rejected.</param>
public sealed record RevokeAccessPayload(AccessGrant? Grant) : Payload;
