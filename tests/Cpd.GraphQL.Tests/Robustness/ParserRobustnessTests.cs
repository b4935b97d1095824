using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Tests.Language;
using FsCheck;
using FsCheck.Fluent;

namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>
/// Feeds the parser generated, mutated and random documents: every document either parses (and then
/// prints and parses back to an equal tree) or is rejected with a <see cref="GraphQLSyntaxException"/>
/// whose location lies inside the document; anything else is a bug.
/// The normal suite checks 100,000 documents. The long run scales every family by the environment
/// variable CPD_FUZZ_COUNT (the total), e.g.:
///   CPD_FUZZ_COUNT=1000000 dotnet test tests/Cpd.GraphQL.Tests --filter FullyQualifiedName~Robustness
/// </summary>
public sealed class ParserRobustnessTests
{
    private const int DefaultTotal = 100_000;

    private static readonly int Total =
        int.TryParse(Environment.GetEnvironmentVariable("CPD_FUZZ_COUNT"), out var total) && total > 0 ? total : DefaultTotal;

    // Shares of the total per family (they add up to 1).
    private static int CountFor(double share) => Math.Max(1, (int)(Total * share));

    private static bool ParsesOrRejectsCleanly(string text)
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
        return difference is null ? true : throw new InvalidOperationException($"Round trip differs at {difference}\n{text}\n---\n{printed}");
    }

    private static void Check(Gen<string> documents, int count) =>
        Prop.ForAll(documents.ToArbitrary(), ParsesOrRejectsCleanly)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(count).WithEndSize(60));

    [Fact]
    public void Parse_ValidGeneratedDocuments_RoundTripThroughThePrinter()
    {
        var parsed = 0;
        Prop.ForAll(DocumentGenerators.ValidDocument().ToArbitrary(), text =>
            {
                var document = Parser.Parse(text);
                parsed++;
                return AstComparer.Equals(Parser.Parse(Printer.Print(document)), document);
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(CountFor(0.1)));

        parsed.ShouldBe(CountFor(0.1));
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
