using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Organisations;

/// <summary>The result of <c>addOrganisation</c>.</summary>
/// <param name="Organisation">The organisation added; null when rejected.</param>
public sealed record AddOrganisationPayload(Organisation? Organisation) : Payload;
