using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>The result of <c>publishSchemeVersion</c>.</summary>
/// <param name="SchemeVersion">The version published; null when rejected.</param>
public sealed record PublishSchemeVersionPayload(SchemeVersion? SchemeVersion) : Payload;
