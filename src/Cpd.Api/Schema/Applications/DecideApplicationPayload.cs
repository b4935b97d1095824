using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Applications;

/// <summary>The payload of <c>decideApplication</c>.</summary>
/// <param name="Application">The decided application, or null when rejected.</param>
/// <param name="Award">The award made (AWARD only).</param>
public sealed record DecideApplicationPayload(Application? Application, Award? Award) : Payload;
