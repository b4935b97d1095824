using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;

namespace Cpd.Api.Schema.Employments;

/// <summary>The result of <c>recordEmployment</c>.</summary>
/// <param name="Employment">The new employment; null when rejected.</param>
/// <param name="Member">Its member; null when rejected.</param>
public sealed record RecordEmploymentPayload(Employment? Employment, Member? Member) : Payload;
