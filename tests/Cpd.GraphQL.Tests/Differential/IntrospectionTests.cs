using System.Text.Json.Nodes;
using Cpd.GraphQL.Types;
using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Our introspection is what graphql-js would answer, and complete: fed to graphql-js's
/// <c>buildClientSchema</c> + <c>printSchema</c> it prints exactly our <c>SchemaPrinter.Print</c>.
/// </summary>
[Collection(DifferentialGroup.Name)]
public sealed class IntrospectionTests(OracleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Introspect_EverySchema_RoundTripsThroughGraphQLJsToOurSdl()
    {
        var query = File.ReadAllText(RepositoryPaths.FullIntrospectionQuery);
        var report = new MismatchReport("introspection", output);

        foreach (var (name, sdl) in fixture.Corpus.AllSchemas)
        {
            var schema = SchemaBuilder.New().AddDocumentFromString(sdl).Build();
            var ours = await OurEngine.RunAsync(schema, query, variables: null, operationName: null, rootValue: null);
            if (ours?["errors"] is not null || ours?["data"] is null)
            {
                report.Compare($"{name}: introspection", agree: false, ResponseComparer.Describe(ours), "data");
                continue;
            }

            var reference = await fixture.Oracle.RequestAsync(new JsonObject { ["op"] = "describeSchema", ["sdl"] = sdl });
            var theirs = new JsonObject { ["data"] = reference!["introspection"]!.DeepClone() };
            var removed = KnownDeviations.RemoveExperimentalIntrospection(theirs);
            foreach (var deviation in new[] { KnownDeviations.DirectiveDeprecation, KnownDeviations.FragmentArguments })
            {
                report.ExpectDeviationOccurred(deviation, removed.Any(r => r.StartsWith(deviation, StringComparison.Ordinal)));
            }

            report.Note(name, $"removed from graphql-js's introspection: {string.Join("; ", removed)}");
            var difference = ResponseComparer.Difference(ours, theirs);
            report.Compare($"{name}: introspection result", difference is null, difference ?? string.Empty, "graphql-js's introspection of buildSchema(sdl)");

            var ourSdl = SchemaPrinter.Print(schema);
            var roundTrip = await fixture.Oracle.RequestAsync(new JsonObject { ["op"] = "roundTrip", ["introspection"] = ours["data"]!.DeepClone() });
            var printed = roundTrip!["printed"]!.GetValue<string>();
            report.Compare($"{name}: printSchema(buildClientSchema(ours))", printed == ourSdl, TextDifference.Describe(ourSdl, printed), "(see ours)");
        }

        report.AssertNoMismatch();
    }
}
