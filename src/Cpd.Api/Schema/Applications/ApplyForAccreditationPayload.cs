using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Applications;

/// <summary>The payload of <c>applyForAccreditation</c>.</summary>
/// <param name="Application">The new pending application, or null when rejected.</param>
public sealed record ApplyForAccreditationPayload(Application? Application) : Payload;
