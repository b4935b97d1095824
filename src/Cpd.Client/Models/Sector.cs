namespace Cpd.Client.Models;

/// <summary>A field of public service, such as <c>health</c> or <c>local-government</c>.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Name">The name people read.</param>
public sealed record Sector(string Code, string Name);
