namespace Cpd.Client.Models;

/// <summary>An accreditation or progression level that an accrediting body owns, with its published versions.</summary>
/// <param name="Id">The global id.</param>
/// <param name="Code">The stable code.</param>
/// <param name="Name">The name.</param>
/// <param name="Description">What it recognises, if described.</param>
/// <param name="Body">The accrediting body that owns it.</param>
/// <param name="Versions">The published versions, oldest first.</param>
public sealed record Scheme(string Id, string Code, string Name, string? Description, AccreditingBody Body, IReadOnlyList<SchemeVersion> Versions);
