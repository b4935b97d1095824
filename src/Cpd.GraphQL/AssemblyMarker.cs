namespace Cpd.GraphQL;

/// <summary>Identifies the Cpd.GraphQL assembly (for reflection in tooling and architecture tests).</summary>
public static class AssemblyMarker
{
}
