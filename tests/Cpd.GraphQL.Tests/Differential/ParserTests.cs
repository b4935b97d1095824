using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>Our parser accepts and rejects exactly what graphql-js's <c>parse</c> does, at the same location.</summary>
[Collection(DifferentialGroup.Name)]
public sealed class ParserTests(OracleFixture fixture, ITestOutputHelper output)
{
    public static TheoryData<string> Schemas => new() { "harness", "blog", "scalars" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Parse_CorpusDocuments_AgreeWithGraphQLJs(string schema)
    {
        var verdicts = await fixture.ValidationAsync();
        var report = new MismatchReport($"parse/{schema}", output);

        foreach (var document in fixture.Corpus.Documents.Where(d => d.Schema == schema))
        {
            var theirs = verdicts[document.Name].ParseError;
            var ours = OurEngine.Parse(document.Text);
            var agree = (ours.Error, theirs) switch
            {
                (null, null) => ours.Crash is null,
                ({ } a, { } b) => a.LocationKey == b.LocationKey,
                _ => false,
            };
            report.Compare(document.Name, agree, ours.Describe(), theirs is null ? "parsed" : $"syntax error {theirs}");
            if (agree && ours.Error is not null && ours.Error.Message != theirs!.Message)
            {
                report.Note(document.Name, $"message differs: ours \"{ours.Error.Message}\", graphql-js \"{theirs.Message}\"");
            }
        }

        report.Compared.ShouldBeGreaterThan(0);
        report.AssertNoMismatch();
    }
}
