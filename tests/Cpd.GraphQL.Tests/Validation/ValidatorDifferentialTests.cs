using Cpd.GraphQL.Language;
using Cpd.GraphQL.Tests.Differential;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;

namespace Cpd.GraphQL.Tests.Validation;

/// <summary>Validation agrees with graphql-js 17.1 (messages, locations and order) on every corpus document both parsers accept.</summary>
[Collection(DifferentialGroup.Name)]
public sealed class ValidatorDifferentialTests(OracleFixture fixture)
{
    [Fact]
    public async Task Validate_CorpusDocuments_SameErrorsAsGraphQLJs()
    {
        var verdicts = await fixture.ValidationAsync();
        var schemas = fixture.Corpus.Schemas.ToDictionary(p => p.Key, p => (ISchema)SchemaBuilder.New().AddDocumentFromString(p.Value).Build(), StringComparer.Ordinal);
        var mismatches = new List<string>();
        var compared = 0;
        foreach (var document in fixture.Corpus.Documents)
        {
            var verdict = verdicts[document.Name];
            if (verdict.ParseError is not null || !Parser.TryParse(document.Text, null, out var parsed, out _))
            {
                continue;
            }

            compared++;
            var ours = Validator.Validate(schemas[document.Schema], parsed!).Select(OurEngine.ToReported).Select(e => e.ToString()).ToList();
            var theirs = verdict.Errors.Select(e => e.ToString()).ToList();
            var deviation = KnownDeviations.Find("validate", document.Name);
            if (deviation is not null)
            {
                // A documented place where graphql-js departs from the spec: it must still differ.
                if (ours.SequenceEqual(theirs))
                {
                    mismatches.Add($"{document.Name}: listed as deviation \"{deviation}\" but now agrees with graphql-js");
                }
            }
            else if (!ours.SequenceEqual(theirs))
            {
                mismatches.Add($"{document.Name}:\n  ours:   {string.Join("\n          ", ours)}\n  theirs: {string.Join("\n          ", theirs)}");
            }
        }

        compared.ShouldBeGreaterThan(400);
        mismatches.ShouldBeEmpty(string.Join("\n", mismatches));
    }
}
