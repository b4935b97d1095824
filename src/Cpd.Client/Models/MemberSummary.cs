namespace Cpd.Client.Models;

/// <summary>A member in a list: enough to pick one and read the whole record with <c>GetMemberAsync</c>.</summary>
/// <param name="Id">The global id.</param>
/// <param name="DisplayName">The name.</param>
/// <param name="Version">Increases with every change.</param>
public sealed record MemberSummary(string Id, string DisplayName, int Version);
