namespace Cpd.Client.Models;

/// <summary>A member's job at an organisation for a period.</summary>
/// <param name="Id">The global id.</param>
/// <param name="Organisation">The employer.</param>
/// <param name="Role">The job title.</param>
/// <param name="Profession">The profession practised.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (inclusive); <c>null</c> while it continues.</param>
/// <param name="Fte">Full-time equivalent, above 0 and at most 1.</param>
/// <param name="Version">Increases with every change.</param>
public sealed record Employment(string Id, Organisation Organisation, string Role, Profession Profession, DateOnly Start, DateOnly? End, decimal Fte, int Version);
