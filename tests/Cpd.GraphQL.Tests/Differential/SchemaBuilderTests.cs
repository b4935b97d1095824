using System.Text.Json.Nodes;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;
using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Building a schema from SDL accepts and rejects what graphql-js's <c>buildSchema</c> +
/// <c>validateSchema</c> do: the same number of errors at the same locations, and for valid
/// schemas the same printed SDL.
/// </summary>
[Collection(DifferentialGroup.Name)]
public sealed class SchemaBuilderTests(OracleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Build_SdlCorpusDocuments_AgreeWithGraphQLJs()
    {
        var documents = new JsonArray();
        foreach (var document in fixture.Corpus.SdlDocuments)
        {
            documents.Add(new JsonObject { ["name"] = document.Name, ["text"] = document.Text });
        }

        var verdicts = (await fixture.Oracle.RequestAsync(new JsonObject { ["op"] = "buildSchemas", ["documents"] = documents }))!
            .AsArray()
            .ToDictionary(v => v!["name"]!.GetValue<string>(), v => SchemaVerdict.FromOracle(v!), StringComparer.Ordinal);
        var report = new MismatchReport("build-schema", output);

        foreach (var document in fixture.Corpus.SdlDocuments)
        {
            var theirs = verdicts[document.Name];
            var ours = Build(document.Text);
            var agree = ours.Kind == theirs.Kind && (ours.Kind == "valid"
                ? ours.Printed == theirs.Printed
                : ours.LocationKeys.SequenceEqual(theirs.LocationKeys));
            var detail = ours.Kind == "valid" && theirs.Kind == "valid" && !agree
                ? TextDifference.Describe(ours.Printed!, theirs.Printed!)
                : ours.ToString();
            report.Compare(document.Name, agree, detail, theirs.ToString());
            if (agree)
            {
                foreach (var (our, their) in ours.Errors.Zip(theirs.Errors).Where(p => p.First.Message != p.Second.Message))
                {
                    report.Note(document.Name, $"message differs: ours \"{our.Message}\", graphql-js \"{their.Message}\"");
                }
            }
        }

        report.Compared.ShouldBeGreaterThanOrEqualTo(50);
        report.AssertNoMismatch();
    }

    private static SchemaVerdict Build(string sdl)
    {
        var parsed = OurEngine.Parse(sdl);
        if (parsed.Crash is not null)
        {
            return new SchemaVerdict("crash", [new ReportedError(OurEngine.DescribeCrash(parsed.Crash), [])], null);
        }

        if (parsed.Error is not null)
        {
            return new SchemaVerdict("syntax error", [parsed.Error], null);
        }

        try
        {
            // graphql-js's buildSchema runs the SDL rules first (assertValidSDL); ours are Validator.ValidateSdl.
            var sdlErrors = Validator.ValidateSdl(parsed.Document!);
            if (sdlErrors.Count > 0)
            {
                return new SchemaVerdict("invalid", sdlErrors.Select(OurEngine.ToReported).ToList(), null);
            }

            var schema = SchemaBuilder.New().AddDocument(parsed.Document!).Build();
            return new SchemaVerdict("valid", [], SchemaPrinter.Print(schema));
        }
        catch (SchemaValidationException e)
        {
            return new SchemaVerdict("invalid", e.Errors.Select(OurEngine.ToReported).ToList(), null);
        }
#pragma warning disable CA1031 // a crash is a result to report, not a reason to stop comparing
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new SchemaVerdict("crash", [new ReportedError(OurEngine.DescribeCrash(e), [])], null);
        }
    }

    /// <summary>One engine's verdict on an SDL document: valid (with its printed SDL), invalid, or a syntax error.</summary>
    private sealed record SchemaVerdict(string Kind, IReadOnlyList<ReportedError> Errors, string? Printed)
    {
        public IEnumerable<string> LocationKeys => Errors.Select(e => e.LocationKey).Order(StringComparer.Ordinal);

        public static SchemaVerdict FromOracle(JsonNode verdict)
        {
            if (verdict["printed"] is { } printed)
            {
                return new SchemaVerdict("valid", [], printed.GetValue<string>());
            }

            if (verdict["parseError"] is { } parseError)
            {
                return new SchemaVerdict("syntax error", [ReportedError.FromJson(parseError)], null);
            }

            var errors = verdict["buildError"] is { } buildError
                ? [ReportedError.FromJson(buildError)]
                : (verdict["sdlErrors"] ?? verdict["schemaErrors"])!.AsArray().Select(e => ReportedError.FromJson(e!)).ToList();
            return new SchemaVerdict("invalid", errors, null);
        }

        public override string ToString() => Kind switch
        {
            "valid" => "valid",
            _ => $"{Kind}: {string.Join("; ", Errors)}",
        };
    }
}
