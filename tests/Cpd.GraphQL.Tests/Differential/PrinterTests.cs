using Cpd.GraphQL.Language;
using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>Our printer prints every corpus document graphql-js parses exactly as graphql-js's <c>print</c>.</summary>
[Collection(DifferentialGroup.Name)]
public sealed class PrinterTests(OracleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Print_CorpusDocuments_EqualGraphQLJsPrint()
    {
        var verdicts = await fixture.ValidationAsync();
        var report = new MismatchReport("print", output);

        foreach (var document in fixture.Corpus.Documents)
        {
            var theirs = verdicts[document.Name].Printed;
            var parsed = OurEngine.Parse(document.Text);
            if (theirs is null || parsed.Document is null)
            {
                continue; // parse verdicts are ParserTests' business
            }

            string ours;
            try
            {
                ours = Printer.Print(parsed.Document);
            }
#pragma warning disable CA1031 // a crash is a result to report, not a reason to stop comparing
            catch (Exception e)
#pragma warning restore CA1031
            {
                ours = OurEngine.DescribeCrash(e);
            }

            report.Compare(document.Name, ours == theirs, TextDifference.Describe(ours, theirs), "(see ours)");
        }

        report.Compared.ShouldBeGreaterThan(500);
        report.AssertNoMismatch();
    }
}
