using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Access;

/// <summary>The result of <c>grantAccess</c>.</summary>
/// <param name="Grant">The grant; null when rejected.</param>
public sealed record GrantAccessPayload(AccessGrant? Grant) : Payload;
