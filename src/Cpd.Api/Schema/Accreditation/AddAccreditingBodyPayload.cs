using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>The result of <c>addAccreditingBody</c>.</summary>
/// <param name="AccreditingBody">The body added; null when rejected.</param>
public sealed record AddAccreditingBodyPayload(AccreditingBody? AccreditingBody) : Payload;
