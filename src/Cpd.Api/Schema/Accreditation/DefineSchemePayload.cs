using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>The result of <c>defineScheme</c>.</summary>
/// <param name="Scheme">The scheme defined; null when rejected.</param>
public sealed record DefineSchemePayload(Scheme? Scheme) : Payload;
