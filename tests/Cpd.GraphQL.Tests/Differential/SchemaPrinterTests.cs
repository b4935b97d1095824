using System.Text.Json.Nodes;
using Cpd.GraphQL.Types;
using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>Our SDL printer prints every corpus schema exactly as graphql-js's <c>printSchema(buildSchema(sdl))</c>.</summary>
[Collection(DifferentialGroup.Name)]
public sealed class SchemaPrinterTests(OracleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Print_EveryCorpusSchema_EqualsGraphQLJsPrintSchema()
    {
        var report = new MismatchReport("print-schema", output);

        foreach (var (name, sdl) in fixture.Corpus.AllSchemas)
        {
            var ours = SchemaPrinter.Print(SchemaBuilder.New().AddDocumentFromString(sdl).Build());
            var theirs = (await fixture.Oracle.RequestAsync(new JsonObject { ["op"] = "describeSchema", ["sdl"] = sdl }))!["printed"]!.GetValue<string>();
            report.Compare(name, ours == theirs, TextDifference.Describe(ours, theirs), "(see ours)");
        }

        report.Compared.ShouldBe(fixture.Corpus.AllSchemas.Count);
        report.AssertNoMismatch();
    }
}
