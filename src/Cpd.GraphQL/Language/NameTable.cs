namespace Cpd.GraphQL.Language;

/// <summary>
/// Shares one string instance for the names that occur in almost every document (keywords, the
/// built-in scalars, introspection fields), so parsing them allocates nothing. Read-only after
/// construction, hence safe to use from any thread.
/// </summary>
internal static class NameTable
{
    private static readonly string[] Common =
    [
        "query", "mutation", "subscription", "fragment", "on", "true", "false", "null",
        "schema", "scalar", "type", "interface", "union", "enum", "input", "directive", "extend",
        "implements", "repeatable", "Query", "Mutation", "Subscription",
        "String", "Int", "Float", "Boolean", "ID", "id", "name", "description", "node", "nodes",
        "edges", "cursor", "pageInfo", "hasNextPage", "hasPreviousPage", "startCursor", "endCursor",
        "first", "last", "after", "before", "input", "clientMutationId", "errors", "message", "code",
        "skip", "include", "deprecated", "reason", "specifiedBy", "url", "oneOf", "if",
        "__typename", "__schema", "__type", "__Type", "__Field", "__InputValue", "__EnumValue",
        "__Directive", "__Schema", "queryType", "mutationType", "subscriptionType", "types",
        "directives", "kind", "fields", "args", "ofType", "interfaces", "possibleTypes",
        "enumValues", "inputFields", "defaultValue", "isDeprecated", "deprecationReason",
        "includeDeprecated", "locations", "isRepeatable", "specifiedByURL", "isOneOf",
        "FullType", "InputValue", "TypeRef", "IntrospectionQuery",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = CreateLookup();

    /// <summary>The shared instance of a common name, or a new string for any other.</summary>
    public static string Get(ReadOnlySpan<char> name)
        => Lookup.TryGetValue(name, out var shared) ? shared : name.ToString();

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CreateLookup()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Common)
        {
            table[name] = name;
        }

        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
