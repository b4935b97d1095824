using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;
using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Our parser + validator reject exactly the documents graphql-js's <c>parse</c> + <c>validate</c>
/// reject, with as many errors at the same locations (messages may be worded differently: reported as notes).
/// </summary>
[Collection(DifferentialGroup.Name)]
public sealed class ValidatorTests(OracleFixture fixture, ITestOutputHelper output)
{
    public static TheoryData<string> Schemas => new() { "harness", "blog", "scalars" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Validate_CorpusDocuments_AgreeWithGraphQLJs(string schemaName)
    {
        var verdicts = await fixture.ValidationAsync();
        var report = new MismatchReport($"validate/{schemaName}", output);
        var schema = SchemaBuilder.New().AddDocumentFromString(fixture.Corpus.Schemas[schemaName]).Build();

        foreach (var document in fixture.Corpus.Documents.Where(d => d.Schema == schemaName))
        {
            var theirs = verdicts[document.Name];
            var parsed = OurEngine.Parse(document.Text);
            if (parsed.Document is null || theirs.ParseError is not null)
            {
                continue; // parse verdicts are ParserTests' business
            }

            var ours = OurEngine.Validate(schema, parsed.Document);
            if (ours.Crash is not null)
            {
                report.Compare(document.Name, agree: false, OurEngine.DescribeCrash(ours.Crash), Describe(theirs.Errors));
                continue;
            }

            var ourKeys = ours.Errors.Select(e => e.LocationKey).Order(StringComparer.Ordinal).ToList();
            var theirKeys = theirs.Errors.Select(e => e.LocationKey).Order(StringComparer.Ordinal).ToList();
            var agree = ourKeys.SequenceEqual(theirKeys);
            report.Compare(document.Name, agree, Describe(ours.Errors), Describe(theirs.Errors));
            if (agree)
            {
                NoteMessageDifferences(report, document.Name, ours.Errors, theirs.Errors);
            }
        }

        report.Compared.ShouldBeGreaterThan(50);
        report.AssertNoMismatch();
    }

    private static void NoteMessageDifferences(MismatchReport report, string document, IReadOnlyList<ReportedError> ours, IReadOnlyList<ReportedError> theirs)
    {
        var unmatched = theirs.Select(e => e.Message).ToList();
        foreach (var error in ours)
        {
            if (!unmatched.Remove(error.Message))
            {
                var counterpart = theirs.FirstOrDefault(t => t.LocationKey == error.LocationKey);
                report.Note(document, $"message differs at [{error.LocationKey}]: ours \"{error.Message}\", graphql-js \"{counterpart?.Message}\"");
            }
        }
    }

    private static string Describe(IReadOnlyList<ReportedError> errors) =>
        errors.Count == 0 ? "valid" : $"{errors.Count} errors: " + string.Join("; ", errors);
}
