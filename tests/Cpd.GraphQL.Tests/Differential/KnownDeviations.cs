using System.Text.Json.Nodes;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// The only differences from graphql-js the differential suite accepts: each one a place where
/// graphql-js departs from the specification, explained (with the spec clause) in DEVIATIONS.md.
/// They are encoded narrowly: parse verdicts by document, and graphql-js's experimental directive
/// deprecation by removing exactly its additions from graphql-js's responses. Anything else that
/// differs is a bug in one of the engines.
/// </summary>
internal static class KnownDeviations
{
    public const string EmptySelectionSets = "D1 empty selection sets";

    public const string OneOfNonNullPosition = "D2 nullable variables in a non-null OneOf input object";

    public const string DirectiveDeprecation = "D3 experimental directive deprecation";

    public const string FragmentArguments = "D4 experimental fragment arguments";

    /// <summary>Not a deviation: a Cpd.GraphQL bug found by the suite and not fixed yet (DEVIATIONS.md, "Open").</summary>
    public const string OpenBug = "open Cpd.GraphQL bug";

    /// <summary>(area, document) → the DEVIATIONS.md heading that explains it. An area also covers its
    /// per-schema parts (<c>validate</c> covers <c>validate/scalars</c>).</summary>
    private static readonly Dictionary<(string Area, string Document), string> Entries = new()
    {
        [("parse", "harness/Parse/empty-selection")] = EmptySelectionSets,
        [("parse", "harness/Parse/subscription-shorthand")] = EmptySelectionSets,
        [("parse", "harness/ScalarLeafs/empty-selection-on-scalar-is-parse-error")] = EmptySelectionSets,
        [("validate", "scalars/OneOf/oneof-variable-field-nullable")] = OneOfNonNullPosition,
        [("validate", "scalars/OneOf/oneof-variable-field-with-default")] = OneOfNonNullPosition,
        [("execute", "oneof-nested-variable-null")] = OneOfNonNullPosition,
    };

    public static string? Find(string area, string document)
    {
        if (Entries.TryGetValue((area, document), out var reason))
        {
            return reason;
        }

        var slash = area.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && Entries.TryGetValue((area[..slash], document), out reason) ? reason : null;
    }

    /// <summary>
    /// Removes from a graphql-js response what its experimental features add to introspection.
    /// D3 (directive deprecation): <c>DIRECTIVE_DEFINITION</c> among <c>@deprecated</c>'s locations and
    /// among <c>__DirectiveLocation</c>'s values, the <c>includeDeprecated</c> argument of
    /// <c>__Schema.directives</c>, the <c>isDeprecated</c> and <c>deprecationReason</c> fields of
    /// <c>__Directive</c>. D4 (fragment arguments): the <c>FRAGMENT_VARIABLE_DEFINITION</c> value of
    /// <c>__DirectiveLocation</c>. Returns what it removed, each prefixed with its deviation.
    /// </summary>
    public static IReadOnlyList<string> RemoveExperimentalIntrospection(JsonNode? response)
    {
        var removed = new List<string>();
        Walk(response, removed);
        return removed;
    }

    private static void Walk(JsonNode? node, List<string> removed)
    {
        switch (node)
        {
            case JsonObject o:
                Strip(o, removed);
                foreach (var (_, child) in o.ToList())
                {
                    Walk(child, removed);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Walk(child, removed);
                }

                break;
        }
    }

    private static void Strip(JsonObject o, List<string> removed)
    {
        var name = o["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (name == "deprecated" && o["locations"] is JsonArray locations)
        {
            RemoveWhere(locations, l => l?.GetValue<string>() == "DIRECTIVE_DEFINITION", $"{DirectiveDeprecation}: @deprecated location DIRECTIVE_DEFINITION", removed);
        }

        if (name == "__Schema" && o["fields"] is JsonArray schemaFields
            && schemaFields.FirstOrDefault(f => f?["name"]?.GetValue<string>() == "directives")?["args"] is JsonArray args)
        {
            RemoveWhere(args, a => a?["name"]?.GetValue<string>() == "includeDeprecated", $"{DirectiveDeprecation}: __Schema.directives(includeDeprecated:)", removed);
        }

        if (name == "__Directive" && o["fields"] is JsonArray directiveFields)
        {
            RemoveWhere(
                directiveFields,
                f => f?["name"]?.GetValue<string>() is "isDeprecated" or "deprecationReason",
                $"{DirectiveDeprecation}: a __Directive.isDeprecated/deprecationReason field",
                removed);
        }

        if (name == "__DirectiveLocation" && o["enumValues"] is JsonArray values)
        {
            RemoveWhere(values, v => v?["name"]?.GetValue<string>() == "DIRECTIVE_DEFINITION", $"{DirectiveDeprecation}: __DirectiveLocation.DIRECTIVE_DEFINITION", removed);
            RemoveWhere(values, v => v?["name"]?.GetValue<string>() == "FRAGMENT_VARIABLE_DEFINITION", $"{FragmentArguments}: __DirectiveLocation.FRAGMENT_VARIABLE_DEFINITION", removed);
        }
    }

    private static void RemoveWhere(JsonArray array, Func<JsonNode?, bool> predicate, string what, List<string> removed)
    {
        foreach (var item in array.Where(predicate).ToList())
        {
            array.Remove(item);
            removed.Add(what);
        }
    }
}
