namespace Cpd.Client.Models;

/// <summary>An organisation that owns accreditation schemes and whose assessors decide applications.</summary>
/// <param name="Id">The global id.</param>
/// <param name="Code">The stable code.</param>
/// <param name="Name">The name.</param>
public sealed record AccreditingBody(string Id, string Code, string Name);
