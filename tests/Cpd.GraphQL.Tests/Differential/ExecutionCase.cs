using System.Text.Json.Nodes;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>One request of the execution corpus: its text, and optionally variables and an operation name.</summary>
internal sealed record ExecutionCase(string Name, string Text, JsonObject? Variables, string? OperationName)
{
    public override string ToString() => Name;
}
