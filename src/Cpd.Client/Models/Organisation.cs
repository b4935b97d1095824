namespace Cpd.Client.Models;

/// <summary>An employer or host organisation.</summary>
/// <param name="Id">The global id.</param>
/// <param name="Name">The name.</param>
/// <param name="Sector">The sector it belongs to.</param>
/// <param name="PlaceCode">Its local area code (such as <c>E07000113</c>), if known.</param>
public sealed record Organisation(string Id, string Name, Sector Sector, string? PlaceCode);
