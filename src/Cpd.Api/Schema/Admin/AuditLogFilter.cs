using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Admin;

/// <summary>Narrows <c>auditLog</c>.</summary>
/// <param name="Action">Only entries of this mutation.</param>
/// <param name="TargetType">Only entries about objects of this type.</param>
[GraphQLDescription("Narrows `auditLog`; every condition given must hold.")]
public sealed record AuditLogFilter(string? Action = null, string? TargetType = null);
