namespace Cpd.Client.Models;

/// <summary>A discipline, such as <c>social-work</c> or <c>finance</c>.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Name">The name people read.</param>
public sealed record Profession(string Code, string Name);
