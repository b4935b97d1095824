using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Tests.Language;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>
/// Feeds the parser generated, mutated and random documents: every document either parses (and then
/// prints and parses back to an equal tree, and is validated against the shared test schema and executed
/// when valid, see <see cref="EnginePipeline"/>) or is rejected with a <see cref="GraphQLSyntaxException"/>
/// whose location lies inside the document; anything else is a bug.
/// The normal suite checks 100,000 documents. The long run scales every family by the environment
/// variable CPD_FUZZ_COUNT (the total, see <see cref="FuzzBudget"/>), e.g.:
///   CPD_FUZZ_COUNT=1000000 dotnet test tests/Cpd.GraphQL.Tests -c Release --filter FullyQualifiedName~Robustness
/// </summary>
public sealed class ParserRobustnessTests(ITestOutputHelper output)
{
    // xunit makes an instance per test: each test counts what its documents reached.
    private readonly EnginePipeline _engine = new();

    // Shares of the total per family (they add up to 1).
    private static int CountFor(double share) => FuzzBudget.CountFor(share);

    private bool ParsesOrRejectsCleanly(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLSyntaxException exception)
        {
            var location = exception.Location ?? throw new InvalidOperationException("A syntax error without location: " + exception.Error.Message);
            if (!exception.Error.Message.StartsWith("Syntax Error: ", StringComparison.Ordinal) || location.Line < 1 || location.Column < 1)
            {
                throw new InvalidOperationException($"A malformed syntax error {exception.Error} for {text}");
            }

            return true;
        }

        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);
        var difference = AstComparer.FindDifference(reparsed, document);
        return difference is null
            ? ValidatesAndExecutesCleanly(text, document)
            : throw new InvalidOperationException($"Round trip differs at {difference}\n{text}\n---\n{printed}");
    }

    /// <summary>What parses goes on to validation against the shared test schema, and what validates is executed.</summary>
    private bool ValidatesAndExecutesCleanly(string text, DocumentNode document) =>
        _engine.RunParsed(new FuzzCase(FuzzSchemas.Harness, text, null, null, CancelMode.None), document);

    private void Check(Gen<string> documents, int count)
    {
        Prop.ForAll(documents.ToArbitrary(), ParsesOrRejectsCleanly)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(count).WithEndSize(60));
        Report(count);
    }

    private void Report(int count) => output.WriteLine($"{count:N0} documents; of those that parse: {_engine}");

    [Fact]
    public void Parse_ValidGeneratedDocuments_RoundTripThroughThePrinter()
    {
        var parsed = 0;
        Prop.ForAll(DocumentGenerators.ValidDocument().ToArbitrary(), text =>
            {
                var document = Parser.Parse(text);
                parsed++;
                return AstComparer.Equals(Parser.Parse(Printer.Print(document)), document) && ValidatesAndExecutesCleanly(text, document);
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(CountFor(0.1)));

        parsed.ShouldBe(CountFor(0.1));
        Report(parsed);
    }

    [Fact]
    public void Parse_TokenSoup_ParsesOrRejectsCleanly()
    {
        Check(DocumentGenerators.TokenSoup(), CountFor(0.3));
    }

    [Fact]
    public void Parse_MutatedKitchenSink_ParsesOrRejectsCleanly()
    {
        Check(DocumentGenerators.Mutated(TestDocuments.KitchenSink), CountFor(0.15));
    }

    [Fact]
    public void Parse_MutatedSchemaKitchenSink_ParsesOrRejectsCleanly()
    {
        Check(DocumentGenerators.Mutated(TestDocuments.SchemaKitchenSink), CountFor(0.15));
    }

    [Fact]
    public void Parse_TruncatedKitchenSinks_ParsesOrRejectsCleanly()
    {
        Check(Gen.OneOf(DocumentGenerators.Truncated(TestDocuments.KitchenSink), DocumentGenerators.Truncated(TestDocuments.SchemaKitchenSink)), CountFor(0.1));
    }

    [Fact]
    public void Parse_RandomText_ParsesOrRejectsCleanly()
    {
        Check(DocumentGenerators.RandomText(), CountFor(0.2));
    }
}
