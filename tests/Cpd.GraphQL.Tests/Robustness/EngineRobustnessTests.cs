using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>
/// Feeds the whole engine requests written from the schemas' own types, and those requests mutated: every document is
/// parsed, every one that parses is validated, every one that validates is executed with its generated variables
/// (wrong-typed ones included) against resolvers that throw, cancel and return wrong shapes, and every result is
/// written as JSON and read back (see <see cref="EnginePipeline"/> for the contracts checked).
/// The families take 30 % on top of the parser suite's share of CPD_FUZZ_COUNT (100,000 by default), e.g. the long run:
///   CPD_FUZZ_COUNT=1000000 dotnet test tests/Cpd.GraphQL.Tests -c Release --filter FullyQualifiedName~Robustness
/// Each test prints its counts (shown with --logger "console;verbosity=detailed").
/// </summary>
public sealed class EngineRobustnessTests(ITestOutputHelper output)
{
    private static Gen<FuzzCase> Generated(FuzzSchema schema) =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed => SchemaDocumentGenerator.Generate(schema, seed));

    private static Gen<FuzzCase> Mutated(FuzzSchema schema)
    {
        var tokens = Gen.Frequency((2, DocumentGenerators.Token), (3, Gen.Elements(SchemaDocumentGenerator.Vocabulary(schema.Schema))));
        var edits = Gen.Frequency((1, DocumentGenerators.Edits(tokens)), (1, DocumentGenerators.NameSwaps(SchemaDocumentGenerator.Names(schema.Schema))));
        return from request in Generated(schema)
               from edit in edits
               select request with { Text = DocumentGenerators.Apply(request.Text, edit) };
    }

    private EnginePipeline Check(Gen<FuzzCase> requests, int count)
    {
        var pipeline = new EnginePipeline();
        Prop.ForAll(requests.ToArbitrary(), pipeline.Run).Check(Config.QuickThrowOnFailure.WithMaxTest(count));
        output.WriteLine(pipeline.ToString());
        pipeline.Generated.ShouldBe(count);
        return pipeline;
    }

    [Theory]
    [InlineData("harness")]
    [InlineData("library")]
    public void Execute_RequestsWrittenFromTheSchema_RejectOnlyWithGraphQLErrorsAndAnswerJson(string schemaName)
    {
        var schema = FuzzSchemas.All.Single(s => s.Name == schemaName);

        var pipeline = Check(Generated(schema), FuzzBudget.CountFor(0.1));

        // The generator must reach the later stages often, or the suite would test only the validator's first rule.
        pipeline.Parsed.ShouldBe(pipeline.Generated, "the generator writes only documents that parse");
        pipeline.Validated.ShouldBeGreaterThan(pipeline.Generated / 3);
        pipeline.Executed.ShouldBeGreaterThan(pipeline.Generated / 4);
        pipeline.FieldErrors.ShouldBeGreaterThan(0);
        pipeline.Cancelled.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("harness")]
    [InlineData("library")]
    public void Execute_MutatedRequests_RejectOnlyWithGraphQLErrorsAndAnswerJson(string schemaName)
    {
        var schema = FuzzSchemas.All.Single(s => s.Name == schemaName);

        var pipeline = Check(Mutated(schema), FuzzBudget.CountFor(0.05));

        pipeline.Parsed.ShouldBeGreaterThan(pipeline.Generated / 3);
        pipeline.Executed.ShouldBeGreaterThan(pipeline.Generated / 100);
    }
}
