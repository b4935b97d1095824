using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>Cpd.GraphQL's side of each comparison, with failures captured as results (never thrown).</summary>
internal static partial class OurEngine
{
    public static ParseOutcome Parse(string text)
    {
        try
        {
            return Parser.TryParse(text, null, out var document, out var error)
                ? new ParseOutcome(document, null, null)
                : new ParseOutcome(null, ToReported(error), null);
        }
#pragma warning disable CA1031 // a crash is a result to report, not a reason to stop comparing
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new ParseOutcome(null, null, e);
        }
    }

    public static ValidateOutcome Validate(ISchema schema, DocumentNode document)
    {
        try
        {
            return new ValidateOutcome(Validator.Validate(schema, document).Select(ToReported).ToList(), null);
        }
#pragma warning disable CA1031 // a crash is a result to report, not a reason to stop comparing
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new ValidateOutcome([], e);
        }
    }

    public static ReportedError ToReported(GraphQLError error) => new(
        error.Message,
        (error.Locations ?? []).Select(l => (l.Line, l.Column)).ToList());

    public static string DescribeCrash(Exception e) => $"threw {e.GetType().Name}: {e.Message}";
}

/// <summary>Our parser's verdict on one document.</summary>
internal sealed record ParseOutcome(DocumentNode? Document, ReportedError? Error, Exception? Crash)
{
    public string Describe() => Crash is not null
        ? OurEngine.DescribeCrash(Crash)
        : Error is null ? "parsed" : $"syntax error {Error}";
}

/// <summary>Our validator's verdict on one parsed document.</summary>
internal sealed record ValidateOutcome(IReadOnlyList<ReportedError> Errors, Exception? Crash);
