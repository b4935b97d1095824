using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;

namespace Cpd.Api.Schema.Employments;

/// <summary>The result of <c>endEmployment</c>.</summary>
/// <param name="Employment">The ended employment; null when rejected.</param>
/// <param name="Member">Its member; null when rejected.</param>
public sealed record EndEmploymentPayload(Employment? Employment, Member? Member) : Payload;
