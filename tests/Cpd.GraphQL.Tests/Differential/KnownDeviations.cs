namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// The only differences from graphql-js the differential suite accepts: each one a place where
/// graphql-js departs from the specification, named by area and document and explained (with the
/// spec clause) in DEVIATIONS.md. Anything else that differs is a bug in one of the engines.
/// </summary>
internal static class KnownDeviations
{
    /// <summary>(area, document) → the DEVIATIONS.md heading that explains it.</summary>
    private static readonly Dictionary<(string Area, string Document), string> Entries = new()
    {
        [("parse/harness", "harness/Parse/empty-selection")] = EmptySelectionSets,
        [("parse/harness", "harness/Parse/subscription-shorthand")] = EmptySelectionSets,
        [("parse/harness", "harness/ScalarLeafs/empty-selection-on-scalar-is-parse-error")] = EmptySelectionSets,
        [("validate", "scalars/OneOf/oneof-variable-field-nullable")] = OneOfNonNullPosition,
        [("validate", "scalars/OneOf/oneof-variable-field-with-default")] = OneOfNonNullPosition,
    };

    private const string EmptySelectionSets = "D1 empty selection sets";

    private const string OneOfNonNullPosition = "D2 nullable variables in a non-null OneOf input object";

    public static string? Find(string area, string document) =>
        Entries.TryGetValue((area, document), out var reason) ? reason : null;
}
