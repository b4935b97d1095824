using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;

namespace Cpd.Api.Schema.Employments;

/// <summary>The result of <c>updateEmployment</c>.</summary>
/// <param name="Employment">The employment as changed; null when rejected.</param>
/// <param name="Member">Its member; null when rejected.</param>
public sealed record UpdateEmploymentPayload(Employment? Employment, Member? Member) : Payload;
