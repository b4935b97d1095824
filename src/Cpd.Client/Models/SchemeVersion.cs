namespace Cpd.Client.Models;

/// <summary>One published, immutable version of a scheme.</summary>
/// <param name="Id">The global id.</param>
/// <param name="Number">The version number, from 1.</param>
/// <param name="EffectiveFrom">The date from which it applies.</param>
/// <param name="Validity">How long an award under it lasts, as an ISO-8601 period (such as <c>P3Y</c>).</param>
/// <param name="RequirementJson">What it requires: the requirement tree as JSON, in the shape of the API's <c>RequirementInput</c>.</param>
public sealed record SchemeVersion(string Id, int Number, DateOnly EffectiveFrom, string Validity, string RequirementJson);
