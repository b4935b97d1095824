using System.Text.Json.Nodes;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>What graphql-js's <c>parse</c> + <c>validate</c> say about one corpus document, and how its <c>print</c> prints it.</summary>
internal sealed record OracleValidation(
    string Name,
    ReportedError? ParseError,
    IReadOnlyList<ReportedError> Errors,
    IReadOnlyDictionary<string, int> RuleErrorCounts,
    string? Printed)
{
    public static OracleValidation FromJson(JsonNode result) => new(
        result["name"]!.GetValue<string>(),
        result["parseError"] is { } parseError ? ReportedError.FromJson(parseError) : null,
        result["errors"]!.AsArray().Select(e => ReportedError.FromJson(e!)).ToList(),
        result["rules"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>(), StringComparer.Ordinal),
        result["printed"]?.GetValue<string>());
}
