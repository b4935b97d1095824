using System.Text.Json.Nodes;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>An error as either engine reports it: its message and its (line, column) locations.</summary>
internal sealed record ReportedError(string Message, IReadOnlyList<(int Line, int Column)> Locations)
{
    /// <summary>The locations as <c>line:column</c> separated by commas, e.g. <c>3:5,7:1</c>.</summary>
    public string LocationKey => string.Join(',', Locations.Select(l => $"{l.Line}:{l.Column}"));

    public static ReportedError FromJson(JsonNode error) => new(
        error["message"]!.GetValue<string>(),
        (error["locations"]?.AsArray() ?? [])
            .Select(l => (l!["line"]!.GetValue<int>(), l["column"]!.GetValue<int>()))
            .ToList());

    public override string ToString() => $"[{LocationKey}] {Message}";
}
