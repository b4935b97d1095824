using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema.Organisations;

/// <summary>The result of <c>updateOrganisation</c>.</summary>
/// <param name="Organisation">The organisation as updated; null when rejected.</param>
public sealed record UpdateOrganisationPayload(Organisation? Organisation) : Payload;
