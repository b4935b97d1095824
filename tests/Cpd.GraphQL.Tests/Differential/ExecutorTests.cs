using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Every request of the execution corpus gives the same response from Cpd.GraphQL (parse, validate,
/// execute) as from graphql-js's <c>graphql()</c>: data, and errors with messages, locations and paths.
/// </summary>
[Collection(DifferentialGroup.Name)]
public sealed class ExecutorTests(OracleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task ExecuteAsync_CorpusRequests_AgreeWithGraphQLJs()
    {
        var corpus = fixture.Corpus;
        var cases = new JsonArray();
        foreach (var request in corpus.ExecutionCases)
        {
            cases.Add(new JsonObject
            {
                ["name"] = request.Name,
                ["text"] = request.Text,
                ["variables"] = request.Variables?.DeepClone(),
                ["operationName"] = request.OperationName,
            });
        }

        var theirs = (await fixture.Oracle.RequestAsync(new JsonObject
        {
            ["op"] = "execute",
            ["sdl"] = corpus.ExecutionSchema,
            ["data"] = corpus.ExecutionData.DeepClone(),
            ["cases"] = cases,
        }))!.AsArray().ToDictionary(r => r!["name"]!.GetValue<string>(), r => r!["result"], StringComparer.Ordinal);
        var schema = ExecutionSchema.Build(corpus.ExecutionSchema, corpus.ExecutionData);
        var report = new MismatchReport("execute", output);

        var removals = new List<string>();
        foreach (var request in corpus.ExecutionCases)
        {
            var ours = await OurEngine.RunAsync(schema, request.Text, request.Variables, request.OperationName, new ExecutionState());
            var removed = KnownDeviations.RemoveExperimentalIntrospection(theirs[request.Name]);
            if (removed.Count > 0)
            {
                removals.AddRange(removed);
                report.Note(request.Name, $"removed from graphql-js's response: {string.Join("; ", removed)}");
            }

            var difference = ResponseComparer.Difference(ours, theirs[request.Name]);
            report.Compare(
                request.Name,
                difference is null,
                $"{ResponseComparer.Describe(ours)}\n    difference: {difference}",
                ResponseComparer.Describe(theirs[request.Name]));
        }

        report.ExpectDeviationOccurred(KnownDeviations.DirectiveDeprecation, removals.Exists(r => r.StartsWith(KnownDeviations.DirectiveDeprecation, StringComparison.Ordinal)));
        report.Compared.ShouldBeGreaterThanOrEqualTo(100);
        report.AssertNoMismatch();
    }
}
