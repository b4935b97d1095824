using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;

namespace Cpd.GraphQL.Tests.Validation;

/// <summary>An error a test expects: the message and its locations as (line, column).</summary>
/// <param name="Message">The exact message.</param>
/// <param name="Locations">The locations in order.</param>
internal sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() =>
        Message + " @ " + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>The shared schema of the validation tests (graphql-js's harness, as SDL) and the assertions on validation results.</summary>
internal static class ValidationHarness
{
    public static GraphQLSchema Schema { get; } = SchemaBuilder.New().AddDocumentFromString(ReadResource("ValidationHarness.graphql")).Build();

    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static IReadOnlyList<GraphQLError> Validate(string query, ValidationRule? rule = null, bool enableSuggestions = true, ISchema? schema = null) =>
        Validator.Validate(
            schema ?? Schema,
            Parser.Parse(query),
            new ValidationOptions { Rules = rule is null ? SpecifiedRules.All : [rule], EnableSuggestions = enableSuggestions });

    /// <summary>The document passes every specified rule.</summary>
    public static void ExpectValid(string query) => Describe(Validate(query)).ShouldBeEmpty();

    /// <summary>The document passes the rule.</summary>
    public static void ExpectValid(ValidationRule rule, string query) => Describe(Validate(query, rule)).ShouldBeEmpty();

    /// <summary>The rule reports exactly these errors, in this order.</summary>
    public static void ExpectErrors(ValidationRule rule, string query, params ExpectedError[] expected) =>
        Describe(Validate(query, rule)).ShouldBe(expected.Select(e => e.ToString()).ToList());

    /// <summary>The rule, without suggestions, reports exactly these errors.</summary>
    public static void ExpectErrorsWithoutSuggestions(ValidationRule rule, string query, params ExpectedError[] expected) =>
        Describe(Validate(query, rule, enableSuggestions: false)).ShouldBe(expected.Select(e => e.ToString()).ToList());

    /// <summary>The rule, validating against another schema, reports exactly these errors.</summary>
    public static void ExpectErrorsWithSchema(ISchema schema, ValidationRule rule, string query, params ExpectedError[] expected) =>
        Describe(Validate(query, rule, schema: schema)).ShouldBe(expected.Select(e => e.ToString()).ToList());

    /// <summary>The schema SDL tests extend: one type of every kind and a custom directive.</summary>
    public static GraphQLSchema SdlBaseSchema { get; } = SchemaBuilder.New().AddDocumentFromString("""
        type Query {
          foo: String
        }

        type Foo {
          field: String
        }

        interface SomeInterface {
          field: String
        }

        enum SomeEnum {
          FOO
          BAR
        }

        input SomeInput {
          field: String
        }

        scalar SomeScalar

        union SomeUnion = Foo

        directive @existing(arg: Int) on OBJECT | FIELD_DEFINITION
        """).Build();

    /// <summary>The SDL rule reports exactly these errors for a type-system document (extending <see cref="SdlBaseSchema"/> when asked).</summary>
    public static void ExpectSdlErrors(Func<SdlValidationContext, AstVisitor> rule, string sdl, bool extendBaseSchema, params ExpectedError[] expected) =>
        Describe(Validator.ValidateSdl(Parser.Parse(sdl), extendBaseSchema ? SdlBaseSchema : null, [rule])).ShouldBe(expected.Select(e => e.ToString()).ToList());

    public static List<string> Describe(IReadOnlyList<GraphQLError> errors) =>
        errors.Select(e => new ExpectedError(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray()).ToString()).ToList();

    public static DocumentNode Parse(string text) => Parser.Parse(text);

    /// <summary>An embedded test file by its name (the harness schema, the spec's examples).</summary>
    public static string ReadResource(string fileName)
    {
        var assembly = typeof(ValidationHarness).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n == fileName || n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
