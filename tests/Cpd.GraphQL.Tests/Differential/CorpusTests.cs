using System.Text.Json.Nodes;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>The corpus is big and varied enough to prove something: checked against graphql-js itself.</summary>
[Collection(DifferentialGroup.Name)]
public sealed class CorpusTests(OracleFixture fixture)
{
    /// <summary>graphql-js 17's <c>specifiedRules</c>, in its order: the 32 rules Cpd.GraphQL implements.</summary>
    internal static readonly string[] SpecifiedRules =
    [
        "ExecutableDefinitionsRule", "KnownOperationTypesRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule",
        "SingleFieldSubscriptionsRule", "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule",
        "ScalarLeafsRule", "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule",
        "NoUnusedFragmentsRule", "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule",
        "NoUndefinedVariablesRule", "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule",
        "DeferStreamDirectiveOnRootFieldRule", "DeferStreamDirectiveOnValidOperationsRule", "DeferStreamDirectiveLabelRule",
        "StreamDirectiveOnListFieldRule", "KnownArgumentNamesRule", "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule",
        "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule", "OverlappingFieldsCanBeMergedRule",
        "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
    ];

    [Fact]
    public void Load_Corpus_HasAtLeast500DocumentsOverAtLeastThreeSchemas()
    {
        var corpus = fixture.Corpus;

        corpus.Documents.Count.ShouldBeGreaterThanOrEqualTo(500);
        corpus.Schemas.Count.ShouldBeGreaterThanOrEqualTo(3);
        corpus.Schemas.Keys.ShouldContain("harness");
        foreach (var schema in corpus.Schemas.Keys)
        {
            corpus.Documents.Count(d => d.Schema == schema).ShouldBeGreaterThanOrEqualTo(50, $"documents over schema {schema}");
        }
    }

    [Fact]
    public async Task Validate_EverySpecifiedRule_RejectsSeveralCorpusDocuments()
    {
        var verdicts = await fixture.ValidationAsync();

        var missing = SpecifiedRules
            .Select(rule => (rule, count: verdicts.Values.Count(v => v.RuleErrorCounts.ContainsKey(rule))))
            .Where(r => r.count < 3)
            .Select(r => $"{r.rule} fires in {r.count} documents")
            .ToList();
        missing.ShouldBeEmpty();
        verdicts.Values.SelectMany(v => v.RuleErrorCounts.Keys).Distinct().ShouldBeSubsetOf(SpecifiedRules);
    }

    [Fact]
    public async Task Validate_EveryRuleFile_HasSeveralValidAndInvalidDocuments()
    {
        var verdicts = await fixture.ValidationAsync();

        var thin = fixture.Corpus.Documents
            .Where(d => d.Schema == "harness")
            .GroupBy(d => d.Name[..d.Name.LastIndexOf('/')], StringComparer.Ordinal)
            .Select(g => (file: g.Key, valid: g.Count(d => IsValid(verdicts[d.Name])), invalid: g.Count(d => !IsValid(verdicts[d.Name]))))
            .Where(f => f.invalid < 2 || (f.valid < 2 && !f.file.EndsWith("/Parse", StringComparison.Ordinal) && !f.file.EndsWith("/ParseEdgeCases", StringComparison.Ordinal)))
            .Select(f => $"{f.file}: {f.valid} valid, {f.invalid} invalid")
            .ToList();

        thin.ShouldBeEmpty();
        verdicts.Values.Count(v => v.ParseError is not null).ShouldBeGreaterThanOrEqualTo(30);
        verdicts.Values.Count(IsValid).ShouldBeGreaterThanOrEqualTo(150);
    }

    [Fact]
    public void Load_SdlCorpus_HasAtLeast50Schemas()
    {
        fixture.Corpus.SdlDocuments.Count.ShouldBeGreaterThanOrEqualTo(50);
    }

    [Fact]
    public void Load_ExecutionCorpus_HasAtLeast100Cases()
    {
        fixture.Corpus.ExecutionCases.Count.ShouldBeGreaterThanOrEqualTo(100);
        fixture.Corpus.ExecutionCases.Select(c => c.Name).ShouldBeUnique();
    }

    [Fact]
    public async Task RequestAsync_Version_IsTheGraphQLVersionTheLockFilePins()
    {
        var result = await fixture.Oracle.RequestAsync(new JsonObject { ["op"] = "version" });

        result!["graphql"]!.GetValue<string>().ShouldBe(OracleInstaller.LockedGraphQLVersion(RepositoryPaths.Oracle));
        result["graphql"]!.GetValue<string>().ShouldBe("17.1.0");
    }

    [Fact]
    public async Task RequestAsync_IntrospectionQueries_EqualTheCommittedQueryFiles()
    {
        var result = await fixture.Oracle.RequestAsync(new JsonObject { ["op"] = "introspectionQueries" });

        // Regenerate with `node tests/oracle/generate.mjs` when this fails after a graphql upgrade.
        Normalise(File.ReadAllText(RepositoryPaths.StandardIntrospectionQuery)).ShouldBe(Normalise(result!["standard"]!.GetValue<string>()));
        Normalise(File.ReadAllText(RepositoryPaths.FullIntrospectionQuery)).ShouldBe(Normalise(result["full"]!.GetValue<string>()));
    }

    private static bool IsValid(OracleValidation verdict) => verdict.ParseError is null && verdict.Errors.Count == 0;

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
