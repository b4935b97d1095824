namespace Cpd.Domain;

/// <summary>Identifies the Cpd.Domain assembly (for reflection in tooling and architecture tests).</summary>
public static class AssemblyMarker
{
}
